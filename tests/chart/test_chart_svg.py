"""The chart as SVG: valid, linked, labelled from the scales, accessible and reproducible."""

import re
import xml.etree.ElementTree as ET

import pytest

from leerpunt.catalogue import scales
from leerpunt.chart import READABLE_WIDTH_PX, accessible_name, impact_cost_chart
from leerpunt.chart.layout import Style
from leerpunt.chart.markers import CAPS, LEVELS

from .conftest import href_for, make_toolkit

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def links(root: ET.Element) -> list[ET.Element]:
    return root.findall(f".//{SVG}a")


def test_the_chart_is_valid_xml_with_one_link_per_approach(shipped):
    for toolkit in shipped.toolkits:
        root = parse(impact_cost_chart(toolkit, href_for))
        assert sorted(a.get("href") for a in links(root)) == sorted(href_for(a) for a in toolkit.aanpakken)


def test_every_link_is_named_with_the_scale_labels(shipped):
    for toolkit in shipped.toolkits:
        by_href = {href_for(a): a for a in toolkit.aanpakken}
        for link in links(parse(impact_cost_chart(toolkit, href_for))):
            approach = by_href[link.get("href")]
            name = link.find(f"{SVG}title").text
            assert name == accessible_name(approach)
            assert name.startswith(f"{approach.titel}: ")
            assert scales.kosten_level(approach.kosten).headline in name
            assert scales.bewijssterkte_level(approach.bewijssterkte).headline in name


def test_accessible_name_reads_like_a_sentence(shipped):
    feedback = next(a for a in shipped.approaches if a.slug == "feedback")
    assert accessible_name(feedback) == (
        f"{feedback.titel}: +{feedback.impact} maanden, {scales.kosten_level(feedback.kosten).headline}, "
        f"{scales.bewijssterkte_level(feedback.bewijssterkte).headline}")


def test_approaches_without_impact_are_shown_in_their_own_band(shipped):
    toolkit = shipped.toolkit("leren-en-lesgeven")
    unknown = [a for a in toolkit.aanpakken if a.impact is None]
    assert unknown, "the shipped toolkit has approaches with too few studies"
    root = parse(impact_cost_chart(toolkit, href_for))
    banded = {a.get("href") for a in links(root) if a.get("class") == "lpc-unknown"}
    assert banded == {href_for(a) for a in unknown}
    label = scales.impact_level(None).label
    assert label in [t.text for t in root.iter(f"{SVG}text")]
    for link in links(root):
        if link.get("class") == "lpc-unknown":
            assert label.lower() in link.find(f"{SVG}title").text


def caps(link: ET.Element) -> tuple[int, int]:
    """(solid, faint) caps of a link's marker."""
    paths = link.find(f"{SVG}g").findall(f"{SVG}path")
    return (sum(1 for p in paths if p.get("fill-opacity") is None), sum(1 for p in paths if p.get("fill-opacity")))


def test_each_marker_is_five_caps_as_many_solid_as_its_evidence(shipped):
    """The caps of the badges everywhere else, not a marker of the chart's own."""
    for toolkit in shipped.toolkits:
        by_href = {href_for(a): a for a in toolkit.aanpakken}
        for link in links(parse(impact_cost_chart(toolkit, href_for))):
            evidence = by_href[link.get("href")].bewijssterkte
            assert caps(link) == (evidence, CAPS - evidence)


def test_every_level_draws_its_own_number_of_caps_with_the_badges_icon(base_approach):
    from leerpunt.badges.icons import SCALE_ICONS, plain_icon

    figures = [(1, 0, level) for level in LEVELS]
    root = parse(impact_cost_chart(make_toolkit(base_approach, figures), href_for))
    by_level = {int(a.get("href").split("-")[1].rstrip("/")): a for a in links(root)}
    assert [caps(by_level[level]) for level in LEVELS] == [(level, CAPS - level) for level in LEVELS]
    icon_path = re.search(r'<path d="([^"]+)"', plain_icon(SCALE_ICONS["bewijs"])).group(1)
    assert {p.get("d") for p in by_level[3].iter(f"{SVG}path")} == {icon_path}


def test_legend_axes_and_headers_use_the_scale_labels(shipped):
    texts = [t.text for t in parse(impact_cost_chart(shipped.toolkits[0], href_for)).iter(f"{SVG}text")]
    assert [level.label for level in scales.bewijssterkte_levels()] == [
        t for t in texts if t in {level.label for level in scales.bewijssterkte_levels()}]
    for level in scales.kosten_levels():
        assert f"{'€' * level.value} {level.label}" in texts
    for name in ("impact", "kosten", "bewijssterkte"):
        assert scales.scale_title(name) in texts


def test_impact_ticks_include_zero_and_negative_months(shipped):
    toolkit = shipped.toolkit("leren-en-lesgeven")
    texts = [t.text for t in parse(impact_cost_chart(toolkit, href_for)).iter(f"{SVG}text")]
    low = min(a.impact for a in toolkit.aanpakken if a.impact is not None)
    assert low < 0
    assert {"0", f"\u2212{-low}", "+8"} <= set(texts)


def test_the_svg_is_a_named_group_not_an_image(shipped):
    toolkit = shipped.toolkits[0]
    root = parse(impact_cost_chart(toolkit, href_for))
    assert root.get("role") == "group"
    assert root.find(f"{SVG}title").get("id") == root.get("aria-labelledby") == f"lp-chart-{toolkit.slug}-titel"
    assert root.find(f"{SVG}desc").get("id") == root.get("aria-describedby")
    assert toolkit.titel in root.find(f"{SVG}title").text


def test_the_svg_scales_with_its_container(shipped):
    root = parse(impact_cost_chart(shipped.toolkits[0], href_for))
    assert re.fullmatch(r"0 0 [\d.]+ [\d.]+", root.get("viewBox"))
    assert root.get("width") is None and root.get("height") is None


def test_no_script_no_fonts_no_outside_resources(shipped):
    for toolkit in shipped.toolkits:
        svg = impact_cost_chart(toolkit, href_for)
        assert "<script" not in svg and "@import" not in svg and "url(" not in svg
        assert "font-family" not in svg  # the page's own font, inherited
        assert " on" not in re.sub(r">[^<]*<", "><", svg)  # no event handler attributes


def test_text_follows_the_theme_and_markers_use_the_site_palette(shipped):
    svg = impact_cost_chart(shipped.toolkits[0], href_for)
    root = parse(svg)
    assert root.get("fill") == "currentColor"
    assert "#1d5c68" in svg and "#a4470f" in svg
    assert "[data-md-color-scheme=slate]" in svg


def test_same_input_same_bytes(shipped):
    toolkit = shipped.toolkit("leren-en-lesgeven")
    first = impact_cost_chart(toolkit, href_for)
    assert impact_cost_chart(toolkit, href_for) == first
    reordered = type(toolkit)(**{**toolkit.__dict__, "aanpakken": tuple(reversed(toolkit.aanpakken))})
    assert impact_cost_chart(reordered, href_for) == first


def test_hrefs_and_titles_are_escaped(base_approach):
    toolkit = make_toolkit(base_approach, [(1, 2, 3)], ["Lezen & <schrijven> \"samen\""])
    root = parse(impact_cost_chart(toolkit, lambda a: "a?b=1&c=2"))
    assert links(root)[0].get("href") == "a?b=1&c=2"
    assert links(root)[0].find(f"{SVG}title").text.startswith('Lezen & <schrijven> "samen"')


def test_text_stays_readable_at_the_width_below_which_the_chart_scrolls():
    style = Style()
    smallest = min(style.small_size, style.label_size)
    assert smallest * READABLE_WIDTH_PX / style.width >= 11


def test_an_empty_toolkit_still_gives_a_chart(base_approach):
    root = parse(impact_cost_chart(make_toolkit(base_approach, []), href_for))
    assert links(root) == []
