"""Cache keys come from the recipes: a warm pass renders nothing, every change to what a PDF shows
changes its key, nothing else does, and the key is the same wherever the project is checked out."""

import dataclasses
import shutil

import pytest

from conftest import print_project
from helpers import load
from leerpunt.print import runner
from leerpunt.print.cache import Cache, address_folder
from leerpunt.print.documents import Settings, print_set

SITE = "https://leerpunt.example/"


def url_for(src: str) -> str:
    return src.removesuffix("index.md") if src.endswith("index.md") else src.removesuffix(".md") + "/"


def recipes(catalogue, root, site_url=SITE, urls=url_for):
    items, errors = print_set(catalogue, Settings(site_url, urls, root, "2025-11"))
    assert errors == []
    return {item.recipe.filename: item.recipe for item in items}


def keys_and_html(catalogue, root, **options):
    cache = Cache(root / ".cache", root)
    return {name: (cache.key(r), runner.make_job(r, root).html) for name, r in recipes(catalogue, root, **options).items()}


def test_a_warm_pass_renders_no_template_markdown_or_qr_code(print_site, monkeypatch):
    """Before: every warm build made all HTML (and its QR codes) just to look a PDF up."""
    catalogue = load(print_site)
    cache = Cache(print_site / ".cache", print_site)
    made = list(recipes(catalogue, print_site).values())
    for recipe in made:
        cache.put(cache.key(recipe), b"%PDF-1.7 cached", 1)

    def forbidden(*args, **kwargs):
        raise AssertionError("a warm pass must not render anything")

    monkeypatch.setattr(runner, "render_template", forbidden)
    monkeypatch.setattr("leerpunt.print.qr.segno.make", forbidden)
    monkeypatch.setattr("leerpunt.print.markdown_html.markdown.markdown", forbidden)
    outcome = runner.render_all(made, cache, workers=1)
    assert outcome.rendered == () and outcome.errors == ()
    assert sorted(outcome.entries) == sorted(r.filename for r in made)


def changed(before: dict, after: dict) -> tuple[set, set]:
    """(items whose HTML changed, items whose key changed)."""
    return ({n for n in before if before[n][1] != after[n][1]}, {n for n in before if before[n][0] != after[n][0]})


def test_every_change_to_a_pdf_changes_its_key_and_only_its_key(print_site):
    catalogue = load(print_site)
    base = keys_and_html(catalogue, print_site)
    guide, toolkit = catalogue.guides[0], catalogue.toolkits[0]
    feedback = toolkit.aanpakken[0]
    # A guide cites 'kern/feedback' (its poster shows the approach's figures when it has no grade):
    # renaming the approach must reach every PDF that prints its title, and only those.
    renamed = dataclasses.replace(feedback, titel="Feedback geven")
    new_toolkit = dataclasses.replace(toolkit, aanpakken=(renamed, *toolkit.aanpakken[1:]))
    mutations = {
        "approach title": dataclasses.replace(catalogue, toolkits=(new_toolkit,)),
        "guide body": dataclasses.replace(catalogue, guides=(dataclasses.replace(guide, body=guide.body + "\nNog een zin.\n"),)),
        "model card": dataclasses.replace(catalogue, card_pages=(dataclasses.replace(
            catalogue.card_pages[0], reflectiekaarten=catalogue.card_pages[0].reflectiekaarten[:1]),)),
    }
    for label, mutated in mutations.items():
        html_changed, key_changed = changed(base, keys_and_html(mutated, print_site))
        assert html_changed, label
        assert html_changed <= key_changed, (label, html_changed - key_changed)
    # A linked page that moves, and another site address, change the PDFs that print them.
    moved = keys_and_html(catalogue, print_site, urls=lambda src: "verhuisd/" + url_for(src))
    html_changed, key_changed = changed(base, moved)
    assert html_changed and html_changed <= key_changed
    other = keys_and_html(catalogue, print_site, site_url="http://127.0.0.1:8000/")
    assert all(base[n][0] != other[n][0] for n in base)


def test_an_approach_text_that_no_card_shows_leaves_the_guides_alone(print_site):
    catalogue = load(print_site)
    toolkit = catalogue.toolkits[0]
    edited = dataclasses.replace(toolkit.aanpakken[0], body=toolkit.aanpakken[0].body + "\nEen extra zin.\n")
    mutated = dataclasses.replace(catalogue, toolkits=(dataclasses.replace(toolkit, aanpakken=(edited, *toolkit.aanpakken[1:])),))
    before, after = recipes(catalogue, print_site), recipes(mutated, print_site)
    cache = Cache(print_site / ".cache", print_site)
    moved = {name for name in before if cache.key(before[name]) != cache.key(after[name])}
    assert moved and all(name.startswith("materialen/toolkit-") for name in moved)  # their stamp names the version


def test_keys_do_not_depend_on_where_the_project_is_checked_out(print_site, tmp_path):
    other = print_project(tmp_path / "elders" / "kopie")
    first = {n: Cache(print_site, print_site).key(r) for n, r in recipes(load(print_site), print_site).items()}
    second = {n: Cache(other, other).key(r) for n, r in recipes(load(other), other).items()}
    assert first == second


def test_each_site_address_keeps_its_own_pdfs(tmp_path):
    published, local = address_folder(SITE), address_folder("http://127.0.0.1:8000/")
    assert published != local and published.startswith("leerpunt.example-") and local.startswith("127.0.0.1-8000-")
    for folder in (published, local):
        Cache(tmp_path / folder).put("a" * 64, b"%PDF", 1)
    Cache(tmp_path / local).prune(keep=set())
    assert Cache(tmp_path / published).get("a" * 64) is not None
    assert Cache(tmp_path / local).get("a" * 64) is None
