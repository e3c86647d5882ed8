"""The impact-versus-cost chart of a toolkit as one inline SVG, built at build time.

No script and no font: text inherits the page's font and colour (currentColor), so the chart
follows the light and dark themes; every approach is a real link with a spoken name.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from ..catalogue import scales
from ..catalogue.model import Approach, Toolkit
from ..formatting import months_text, signed_months
from .layout import DEFAULT_STYLE, KOSTEN, Label, Layout, Stack, Style, lay_out
from .markers import HALF_WIDTH, marker
from .numbers import fmt
from .text import text_width

PETROL = "#1d5c68"
ACCENT = "#a4470f"
# Light enough on Material's dark background (contrast above 7:1) for text and markers.
PETROL_ON_DARK = "#7fc4cf"
ACCENT_ON_DARK = "#f4a46f"
BRACKET_HINT = "dezelfde kosten en impact"
# Below this CSS width the smallest text would drop under 11px: the page should let the chart
# scroll sideways there (overflow-x: auto on a wrapper, min-width on the svg) instead of shrinking.
READABLE_WIDTH_PX = 700

# Scoped to svg.lp-chart, so several charts on a page share it harmlessly. The dark theme only
# applies on screen: paper is white, whichever theme the reader printed from.
_DARK = "[data-md-color-scheme=slate] svg.lp-chart"
_CSS = (
    "svg.lp-chart{display:block;width:100%;height:auto}"
    f"svg.lp-chart a,svg.lp-chart .lpc-ink{{color:{PETROL}}}"
    "svg.lp-chart .lpc-disc{fill:var(--md-default-bg-color,#fff)}"
    # A halo in the page colour keeps grid lines from striking through labels.
    "svg.lp-chart text{paint-order:stroke;stroke:var(--md-default-bg-color,#fff);stroke-width:3px;"
    "stroke-linejoin:round}"
    "svg.lp-chart .lpc-unknown text{stroke:none}"
    f"svg.lp-chart a:hover,svg.lp-chart a:focus{{color:{ACCENT}}}"
    "svg.lp-chart a:hover text,svg.lp-chart a:focus text{text-decoration:underline}"
    f"svg.lp-chart a:focus-visible{{outline:2px solid {ACCENT};outline-offset:2px}}"
    "@media screen{"
    f"{_DARK} a,{_DARK} .lpc-ink{{color:{PETROL_ON_DARK}}}"
    f"{_DARK} a:hover,{_DARK} a:focus{{color:{ACCENT_ON_DARK}}}"
    "}"
    "@media print{svg.lp-chart{color:#000}svg.lp-chart .lpc-disc{fill:#fff}svg.lp-chart text{stroke:#fff}}"
)


def impact_cost_chart(toolkit: Toolkit, href_for: Callable[[Approach], str], style: Style = DEFAULT_STYLE) -> str:
    """The chart as an inline SVG string: kosten across, impact up, bewijssterkte as markers."""
    layout = lay_out(toolkit, style)
    ident = f"lp-chart-{toolkit.slug}"
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" class="lp-chart" viewBox="0 0 {fmt(style.width)} '
           f'{fmt(layout.height)}" role="group" aria-labelledby="{ident}-titel" aria-describedby="{ident}-uitleg" '
           f'fill="currentColor" font-size="{fmt(style.label_size)}">')
    parts = [
        svg,
        f'<title id="{ident}-titel">{escape(chart_title(toolkit))}</title>',
        f'<desc id="{ident}-uitleg">{escape(chart_description(layout))}</desc>',
        f"<style>{_CSS}</style>",
        '<g aria-hidden="true">',
        _legend(layout),
        _impact_axis(layout),
        _band(layout),
        _kosten_axis(layout),
        *(_bracket(stack, style) for stack in layout.stacks if stack.bracketed),
        "</g>",
        *(_point(label, href_for(label.approach), stack.anchor is None)
          for stack in layout.stacks for label in stack.labels),
        "</svg>",
    ]
    return "\n".join(part for part in parts if part)


def chart_title(toolkit: Toolkit) -> str:
    return f"Impact en kosten van de aanpakken in de toolkit {toolkit.titel}"


def chart_description(layout: Layout) -> str:
    text = ("Elke aanpak staat in de kolom van zijn kosten, op de hoogte van zijn impact in maanden. "
            "Hoe meer van de vijf hoedjes vol zijn, hoe sterker het bewijs. "
            "Aanpakken met dezelfde kosten en impact staan onder elkaar, met een haakje naar hun waarde.")
    if layout.band:
        text += f" Onderaan, onder '{scales.impact_level(None).label}', staan de aanpakken met te weinig studies."
    return text


def accessible_name(approach: Approach) -> str:
    """The link's name: title, impact in months, then the kosten and bewijssterkte headlines."""
    impact = (months_text(approach.impact) if approach.impact is not None
              else scales.impact_level(None).label.lower())
    return (f"{approach.titel}: {impact}, {scales.kosten_level(approach.kosten).headline}, "
            f"{scales.bewijssterkte_level(approach.bewijssterkte).headline}")


def _point(label: Label, href: str, in_band: bool) -> str:
    # The <title> child names the link and is its tooltip; an aria-label next to it would make
    # Chromium read the same sentence twice (once more as the description).
    name = escape(accessible_name(label.approach))
    band = ' class="lpc-unknown"' if in_band else ""
    return (f'<a href="{escape(href)}"{band}><title>{name}</title>'
            f"{marker(label.x, label.y, label.approach.bewijssterkte)}"
            f"{_text(label.text_x, label.y, label.lines, label.size, label.line_height)}</a>")


def _text(x: float, y: float, lines: tuple[str, ...], size: float, line_height: float, **attributes) -> str:
    """Text whose first line is centred on y (explicit baselines render alike everywhere)."""
    extra = "".join(f' {key.replace("_", "-")}="{value}"' for key, value in attributes.items())
    baseline = y + 0.36 * size
    if len(lines) == 1:
        return f'<text x="{fmt(x)}" y="{fmt(baseline)}"{extra}>{escape(lines[0])}</text>'
    spans = "".join(f'<tspan x="{fmt(x)}" y="{fmt(baseline + i * line_height)}">{escape(line)}</tspan>'
                    for i, line in enumerate(lines))
    return f"<text{extra}>{spans}</text>"


def _bracket(stack: Stack, style: Style) -> str:
    """A comb from the exact value to each marker of the stack."""
    assert stack.anchor is not None, "only a stack with an exact value (a bracketed one) has a bracket"
    x = stack.bracket_x
    ys = [label.y for label in stack.labels]
    top, bottom = min(ys + [stack.anchor]), max(ys + [stack.anchor])
    path = [f"M{fmt(x)} {fmt(top)}V{fmt(bottom)}", f"M{fmt(x - style.tick)} {fmt(stack.anchor)}H{fmt(x)}"]
    path += [f"M{fmt(x)} {fmt(label.y)}H{fmt(label.x - HALF_WIDTH - 1.5)}"
             for label in stack.labels]
    return (f'<path d="{"".join(path)}" fill="none" stroke="currentColor" stroke-opacity=".55" '
            f'stroke-width="1"/>')


def _legend(layout: Layout) -> str:
    style = layout.style
    parts = [_text(0, layout.legend[0].y, (scales.scale_title("bewijssterkte"),), style.small_size, 0,
                   font_weight="700", font_size=fmt(style.small_size))]
    for item in layout.legend:
        r = HALF_WIDTH
        parts.append(f'<g class="lpc-ink" color="{PETROL}">{marker(item.x, item.y, item.bewijssterkte)}</g>')
        parts.append(_text(item.x + r + style.label_gap, item.y, (item.label,), style.small_size, 0,
                           font_size=fmt(style.small_size)))
    return "".join(parts)


def _impact_axis(layout: Layout) -> str:
    grid = layout.grid
    style = layout.style
    left, right = style.gutter, style.width - style.margin
    parts = [_text(0, grid.top - 14, (scales.scale_title("impact"),), style.small_size, 0,
                   font_weight="700", font_size=fmt(style.small_size))]
    parts.append(_bracket_hint(layout))
    for months in range(grid.low, grid.high + 1):
        y = grid.y(months)
        opacity = ".5" if months == 0 else ".13"
        parts.append(f'<path d="M{fmt(left)} {fmt(y)}H{fmt(right)}" stroke="currentColor" '
                     f'stroke-opacity="{opacity}" stroke-width="1"/>')
        parts.append(_text(left - 7, y, (signed_months(months),), style.small_size, 0,
                           text_anchor="end", font_size=fmt(style.small_size)))
    return "".join(parts)


def _bracket_hint(layout: Layout) -> str:
    """What a bracket means, right-aligned on the line of the impact title."""
    style = layout.style
    y = layout.grid.top - 14
    text = BRACKET_HINT
    x = style.width - style.margin - text_width(text, style.small_size)
    comb = (f'<path d="M{fmt(x - 9)} {fmt(y - 6)}V{fmt(y + 6)}M{fmt(x - 13)} {fmt(y)}H{fmt(x - 9)}'
            f'M{fmt(x - 9)} {fmt(y - 6)}H{fmt(x - 5)}M{fmt(x - 9)} {fmt(y + 6)}H{fmt(x - 5)}" fill="none" '
            f'stroke="currentColor" stroke-opacity=".55" stroke-width="1"/>')
    return comb + _text(x, y, (text,), style.small_size, 0, font_size=fmt(style.small_size))


def _band(layout: Layout) -> str:
    if not layout.band:
        return ""
    style = layout.style
    top, bottom = layout.band
    return (f'<rect x="{fmt(style.gutter)}" y="{fmt(top)}" width="{fmt(style.width - style.margin - style.gutter)}" '
            f'height="{fmt(bottom - top)}" fill="currentColor" fill-opacity=".05"/>'
            + _text(style.gutter + 6, top + 13, (scales.impact_level(None).label,),
                    style.small_size, 0, font_style="italic", font_size=fmt(style.small_size)))


def _kosten_axis(layout: Layout) -> str:
    """Column headers above the plot, where the eye starts: '€€ laag'."""
    style = layout.style
    y = layout.header_y
    parts = [_text(0, y, (scales.scale_title("kosten"),), style.small_size, 0,
                   font_weight="700", font_size=fmt(style.small_size))]
    for kosten, x in zip(KOSTEN, layout.grid.columns):
        parts.append(_text(x - HALF_WIDTH, y, (f"{'€' * kosten} {scales.kosten_level(kosten).label}",),
                           style.small_size, 0, font_size=fmt(style.small_size)))
    left, right = style.gutter, style.width - style.margin
    parts.append(f'<path d="M{fmt(left)} {fmt(y + 12)}H{fmt(right)}" stroke="currentColor" '
                 f'stroke-opacity=".5" stroke-width="1"/>')
    return "".join(parts)
