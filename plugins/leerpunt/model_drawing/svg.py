"""The model as SVG: knowledge sources as a triangle, perspectives as a ring, phases as a cycle.

Two modes. `print`: a static picture (role img with a full description) for the praatplaat and
the bureaukaart. `web`: every part is a link to its explanation on the page, reachable with the
keyboard, with a `<title>` for pointer users and an aria-label for screen readers; pair it with
`text_alternative()` so the content is also there as plain lists. Our own design, not a copy of
leerpunt.be's interactive picture.
"""

from __future__ import annotations

import math
from html import escape

from ..chart.text import text_width
from .data import ModelData, Part

WIDTH, HEIGHT = 960, 680
CX, CY = WIDTH / 2, HEIGHT / 2 + 4
CYCLE_R, NODE_R, RING_R, TRIANGLE_R = 238, 21, 164, 96
INK, PETROL, TINT, LINE, ACCENT, MUTED = "#12424b", "#1d5c68", "#e7f0f1", "#bfd3d6", "#a4470f", "#51636a"
LABEL_SIZE, PILL_SIZE, TITLE_SIZE = 16.5, 14.5, 16
STYLE = (".lp-model a:focus{outline:none}.lp-model a:focus .lp-shape,.lp-model a:hover .lp-shape{stroke:#a4470f;"
         "stroke-width:3}.lp-model text{font-family:inherit}")


class _Scale:
    """Type size of the drawing being made (1 for a poster; larger for a small print such as a desk card)."""

    value = 1.0


def _wrap(text: str, limit: int) -> list[str]:
    limit = max(8, round(limit / _Scale.value))
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > limit:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return lines + ([current] if current else [])


def _text(x: float, y: float, lines: list[str], size: float, anchor: str = "middle", weight: int = 400,
          colour: str = INK, italic: bool = False) -> str:
    """Lines of text centred vertically on y."""
    size = round(size * _Scale.value, 1)
    first = y - (len(lines) - 1) * size * 0.6
    # A space between the lines: read as text (accessible names, copy and paste) they stay separate words.
    spans = " ".join(f'<tspan x="{x:.1f}" y="{first + i * size * 1.2:.1f}">{escape(line)}</tspan>'
                    for i, line in enumerate(lines))
    style = ' font-style="italic"' if italic else ""
    return (f'<text text-anchor="{anchor}" dominant-baseline="central" font-size="{size}" font-weight="{weight}" '
            f'fill="{colour}"{style}>{spans}</text> ')  # the space keeps words apart when read as text


def _pill(x: float, y: float, name: str, fill: str, stroke: str, colour: str, limit: int = 16) -> str:
    lines = _wrap(name, limit)
    size = PILL_SIZE * _Scale.value
    width = max(text_width(line, size) for line in lines) * 1.12 + 24  # wide enough for DejaVu too
    height = len(lines) * size * 1.2 + 12
    return (f'<rect class="lp-shape" x="{x - width / 2:.1f}" y="{y - height / 2:.1f}" width="{width:.1f}" '
            f'height="{height:.1f}" rx="{min(height / 2, 16):.1f}" fill="{fill}" stroke="{stroke}" stroke-width="1.5"/>'
            + _text(x, y, lines, PILL_SIZE, weight=700, colour=colour))


def _link(mode: str, part_anchor: str, label: str, inner: str) -> str:
    if mode != "web":
        return f"<g>{inner}</g>"
    return (f'<a href="#{escape(part_anchor)}" aria-label="{escape(label)}"><title>{escape(label)}</title>'
            f"{inner}</a>")


def _point(angle_deg: float, radius: float) -> tuple[float, float]:
    angle = math.radians(angle_deg)
    return CX + radius * math.cos(angle), CY + radius * math.sin(angle)


def _phase_angle(index: int, count: int) -> float:
    return -90 + index * 360 / count


def _phase_name(phase: Part) -> str:
    return phase.name or f"Fase {phase.number} (naam volgt)"


def _cycle(model: ModelData, mode: str) -> str:
    count = len(model.phases)
    parts = [f'<circle cx="{CX}" cy="{CY}" r="{CYCLE_R}" fill="none" stroke="{LINE}" stroke-width="10"/>']
    step = 360 / count
    gap = math.degrees((NODE_R + 7) / CYCLE_R)
    for index in range(count):  # arrows between the phases, clockwise
        start, end = _phase_angle(index, count) + gap, _phase_angle(index, count) + step - gap
        (x1, y1), (x2, y2) = _point(start, CYCLE_R), _point(end, CYCLE_R)
        parts.append(f'<path d="M{x1:.1f} {y1:.1f}A{CYCLE_R} {CYCLE_R} 0 0 1 {x2:.1f} {y2:.1f}" fill="none" '
                     f'stroke="{PETROL}" stroke-width="2.5" marker-end="url(#lp-arrow)"/>')
    for index, phase in enumerate(model.phases):
        angle = _phase_angle(index, count)
        x, y = _point(angle, CYCLE_R)
        lx, ly = _point(angle, CYCLE_R + NODE_R + 14)
        cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        anchor = "start" if cos > 0.3 else "end" if cos < -0.3 else "middle"
        lines = _wrap(_phase_name(phase), 22)
        if anchor == "middle":  # above the top node, below the bottom one
            ly += (len(lines) - 1) * LABEL_SIZE * _Scale.value * 0.6 * (1 if sin > 0 else -1)
        inner = (f'<circle class="lp-shape" cx="{x:.1f}" cy="{y:.1f}" r="{NODE_R}" fill="{PETROL}" stroke="#fff" '
                 f'stroke-width="2"/>' + _text(x, y, [str(phase.number)], 16, weight=700, colour="#fff")
                 + _text(lx, ly, lines, LABEL_SIZE, anchor, weight=700 if phase.name else 400,
                         colour=INK if phase.name else MUTED, italic=not phase.name))
        # The visible number and name first: a voice user says what they see (WCAG 2.5.3, label in name).
        label = f"{phase.number} {_phase_name(phase)}: {model.process_title}, fase {phase.number} van {count}"
        parts.append(_link(mode, phase.anchor, label, inner))
    return "".join(parts)


def _radius(base: float, growth: float) -> float:
    """A radius that grows a little with the type, so larger labels keep their room."""
    return base * (1 + (_Scale.value - 1) * growth)


def _ring(model: ModelData, mode: str) -> str:
    anchor = model.perspectives[0].anchor
    ring_r = _radius(RING_R, 0.35)
    inner = (f'<circle class="lp-shape" cx="{CX}" cy="{CY}" r="{ring_r:.1f}" fill="{TINT}" stroke="{PETROL}" '
             f'stroke-width="1.5" stroke-dasharray="6 5"/>'
             + _text(CX, CY - ring_r + 19 * _Scale.value, [model.perspectives_title], TITLE_SIZE, weight=700,
                     colour=PETROL))
    count = len(model.perspectives)
    pills = []
    for index, perspective in enumerate(model.perspectives):
        # Spread over the sides and the bottom of the ring; its title sits at the top.
        x, y = _point(90 + (index - (count - 1) / 2) * 300 / max(count, 3), ring_r)
        pills.append(_pill(x, y, perspective.name, "#fff", PETROL, PETROL))
    names = ", ".join(p.name for p in model.perspectives)
    # The visible words in their order first (WCAG 2.5.3, label in name), then what they are.
    return _link(mode, anchor, f"{model.perspectives_title}: {names} (perspectieven)", inner + "".join(pills))


def _triangle(model: ModelData, mode: str) -> str:
    count = len(model.sources)
    corners = [_point(-90 + i * 360 / count, _radius(TRIANGLE_R, 0.55)) for i in range(count)]
    polygon = " ".join(f"{x:.1f},{y:.1f}" for x, y in corners)
    inner = (f'<polygon class="lp-shape" points="{polygon}" fill="#fff" stroke="{PETROL}" stroke-width="2.5" '
             f'stroke-linejoin="round"/>'
             + _text(CX, CY - 4, [model.sources_title], TITLE_SIZE, weight=700, colour=PETROL))
    for (x, y), source in zip(corners, model.sources):
        inner += _pill(x, y, source.name, PETROL, PETROL, "#fff", limit=14)
    names = ", ".join(p.name for p in model.sources)
    return _link(mode, model.sources[0].anchor, f"{model.sources_title}: {names} (drie kennisbronnen)"
                 if count == 3 else f"{model.sources_title}: {names} (kennisbronnen)", inner)


def description(model: ModelData) -> str:
    """The drawing in one sentence per part (the print picture's accessible name)."""
    phases = "; ".join(f"{p.number}. {_phase_name(p)}" for p in model.phases)
    return (f"{model.page_title or 'Het model'}. {model.sources_title}: "
            + ", ".join(p.name for p in model.sources)
            + f". {model.perspectives_title}: " + ", ".join(p.name for p in model.perspectives)
            + f". {model.process_title}, {len(model.phases)} fases in een cyclus: {phases}.")


def draw(model: ModelData, mode: str = "print", title: str = "", text_scale: float = 1.0) -> str:
    """The model as an inline SVG element ('print' or 'web'); `text_scale` enlarges its type for a small print."""
    if mode not in ("print", "web"):
        raise ValueError(f"mode must be 'print' or 'web', not {mode!r}")
    _Scale.value = text_scale
    try:
        return _draw(model, mode, title)
    finally:
        _Scale.value = 1.0


def _draw(model: ModelData, mode: str, title: str) -> str:
    name = title or model.page_title or "Het model"
    if mode == "web":
        opening = (f'<svg class="lp-model lp-model--web" xmlns="http://www.w3.org/2000/svg" '
                   f'viewBox="0 0 {WIDTH} {HEIGHT}" role="group" aria-labelledby="lp-model-title">'
                   f'<title id="lp-model-title">{escape(name)}</title>'
                   f"<style>{STYLE}</style>")
    else:
        opening = (f'<svg class="lp-model lp-model--print" xmlns="http://www.w3.org/2000/svg" '
                   f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{escape(description(model))}">')
    arrow = (f'<defs><marker id="lp-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" '
             f'orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="{PETROL}"/></marker></defs>')
    return opening + arrow + _cycle(model, mode) + _ring(model, mode) + _triangle(model, mode) + "</svg>"


def text_alternative(model: ModelData) -> str:
    """The model as nested lists with links to the explanations: what the picture shows, in words."""
    def link(part_anchor: str, text: str) -> str:
        return f'<a href="#{escape(part_anchor)}">{escape(text)}</a>'

    phases = "".join(f"<li>{escape(_phase_name(p))}</li>" for p in model.phases)
    return (f'<ul class="lp-model-text">'
            f"<li>{link(model.sources[0].anchor, model.sources_title)}: "
            + escape(", ".join(p.name for p in model.sources)) + "</li>"
            f"<li>{link(model.perspectives[0].anchor, model.perspectives_title)}: "
            + escape(", ".join(p.name for p in model.perspectives)) + "</li>"
            f"<li>{link(model.phases[0].anchor, model.process_title)}, {len(model.phases)} fases in een cyclus:"
            f"<ol>{phases}</ol></li></ul>")
