"""The shipped site and its plain-Material twin, built side by side for the page and Lighthouse benches.

The twin carries the same text with nothing of ours: plain Material (its own search, its default
colours without a light/dark switch, the same language, features and Markdown extensions as
mkdocs.yml) builds

- the free pages of content/ as they are (a plugin's placeholders show as written);
- every approach as an ordinary Markdown page (title, summary, figures in one line, the body, the
  card: bench/corpus.py approach_page) at the address ours gives it;
- every toolkit as a table of its approaches with their figures (where ours has the explorer);
- every guide: title, summary, body and its reflection questions, with its images.

Five page types are compared, each chosen from the catalogue (not by name, so the bench follows
the content): home, an approach (the first of the first toolkit), the toolkit explorer (the first
toolkit), a guide (the first) and the search results for a word of that approach's title.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import corpus, cputime, site
from .build import ENV
from .serve import Server

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
TMP = BENCH / "tmp"
VARIANTS = ("material", "leerpunt")


@dataclass(frozen=True)
class PageType:
    name: str
    ours: str      # path and query on our site
    material: str  # the same on the plain-Material twin


def _catalogue(root: Path):
    from leerpunt.catalogue import Sources, load_catalogue

    catalogue = load_catalogue(Sources.from_settings(root, "content"))
    if catalogue.errors:
        raise SystemExit("the shipped content has errors:\n" + "\n".join(map(str, catalogue.errors)))
    return catalogue


def _address(src_uri: str) -> str:
    """A page's address with MkDocs' directory URLs: toolkits/x/y.md → toolkits/x/y/."""
    return src_uri.removesuffix("index.md") if src_uri.endswith("index.md") else src_uri.removesuffix(".md") + "/"


def page_types(root: Path = REPO) -> list[PageType]:
    from leerpunt.search.page import RESULTS_PAGE

    catalogue = _catalogue(root)
    toolkit = catalogue.toolkits[0]
    approach, guide = toolkit.aanpakken[0], catalogue.guides[0]
    query = max(approach.titel.lower().split(), key=len)
    return [PageType("home", "", ""),
            PageType("approach", _address(approach.src_uri), _address(approach.src_uri)),
            PageType("toolkit explorer", _address(toolkit.src_uri), _address(toolkit.src_uri)),
            PageType("guide", _address(guide.src_uri), _address(guide.src_uri)),
            PageType("search results", f"{_address(RESULTS_PAGE)}?q={query}", f"?q={query}")]


def _approach(item) -> corpus.Approach:
    return corpus.Approach(item.toolkit, item.slug, item.titel, item.impact, item.kosten, item.bewijssterkte,
                           item.samenvatting, list(item.niveaus), list(item.themas), item.kaart.vraag,
                           item.kaart.antwoord, item.body, bool(item.historiek))


def _guide_page(guide) -> str:
    cards = [f"- **{card.vraag}**" + (f" {card.toelichting}" if getattr(card, "toelichting", "") else "")
             for card in guide.reflectiekaarten]
    return "\n".join([f"# {guide.titel}", "", guide.samenvatting, "", guide.body, "",
                      *(["## Reflectiekaarten", "", *cards, ""] if cards else [])])


def _existing(nav: list, docs: Path) -> list:
    """The shipped navigation without the entries whose page the twin does not have (generated pages)."""
    kept = []
    for entry in nav:
        title, target = next(iter(entry.items())) if isinstance(entry, dict) else (None, entry)
        if isinstance(target, list):
            target = _existing(target, docs)
            if not target:
                continue
        elif not (docs / target).is_file():
            continue
        kept.append({title: target} if title is not None else target)
    return kept


def _mkdocs_yml(root: Path, docs: Path) -> str:
    """Theme, language and Markdown extensions of the shipped mkdocs.yml; Material's search, default colours."""
    from mkdocs.utils.yaml import get_yaml_loader

    shipped = yaml.load((root / "mkdocs.yml").read_text("utf-8"), Loader=get_yaml_loader())
    # Material as it comes: its default colours, no light/dark switch (that is a palette of our own).
    theme = {k: v for k, v in shipped["theme"].items() if k not in ("palette", "custom_dir")}
    config = {
        "site_name": shipped["site_name"], "site_description": shipped.get("site_description", ""),
        "site_url": shipped["site_url"], "docs_dir": "content",
        "theme": theme,
        "plugins": [{"search": {"lang": "nl"}}],
        "markdown_extensions": shipped.get("markdown_extensions", []),
        "nav": _existing(shipped.get("nav", []), docs),
        "not_in_nav": "/toolkits/**\n/leidraden/**\n",
        "validation": {"nav": {"omitted_files": "ignore", "not_found": "ignore"},
                       "links": {"not_found": "ignore", "anchors": "ignore", "unrecognized_links": "ignore"}},
        "extra": {"generator": False},
    }
    return yaml.dump(config, allow_unicode=True, sort_keys=False)


def generate_plain(out: Path, root: Path = REPO) -> Path:
    """Write the plain-Material twin of the project at `root` into `out`; returns `out`."""
    catalogue = _catalogue(root)
    if out.exists():
        shutil.rmtree(out)
    docs = out / "content"
    shutil.copytree(root / "content", docs, ignore=shutil.ignore_patterns("*.yml"))
    for page in docs.rglob("*.md"):  # our theme's templates (the home page's) are not Material's
        text = page.read_text("utf-8")
        if text.startswith("---\n") and "\ntemplate: " in text.split("\n---\n", 1)[0]:
            page.write_text(re.sub(r"^template: .*\n", "", text, count=1, flags=re.M), "utf-8")
    for toolkit in catalogue.toolkits:
        folder = docs / "toolkits" / toolkit.slug
        folder.mkdir(parents=True, exist_ok=True)
        approaches = [_approach(a) for a in toolkit.aanpakken]
        (folder / "index.md").write_text(corpus.toolkit_page(toolkit.titel, approaches, toolkit.samenvatting), "utf-8")
        for item in approaches:
            (folder / f"{item.slug}.md").write_text(corpus.approach_page(item), "utf-8")
    (docs / "toolkits" / "index.md").write_text(
        "# Toolkits\n\n" + "".join(f"- [{t.titel}]({t.slug}/index.md): {t.samenvatting}\n" for t in catalogue.toolkits),
        "utf-8")
    for guide in catalogue.guides:
        folder = docs / "leidraden" / guide.slug
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "index.md").write_text(_guide_page(guide), "utf-8")
        for asset in guide.assets:  # relative to the project: leidraden/<slug>/<file>
            (docs / asset).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(root / asset, docs / asset)
    (docs / "leidraden" / "index.md").write_text(
        "# Leidraden\n\n" + "".join(f"- [{g.titel}]({g.slug}/index.md): {g.samenvatting}\n" for g in catalogue.guides),
        "utf-8")
    (out / "mkdocs.yml").write_text(_mkdocs_yml(root, docs), "utf-8")
    return out


def _build(project: Path, command: list[str], site_dir: Path) -> Path:
    shutil.rmtree(site_dir, ignore_errors=True)
    usage = cputime.measure([*command, "--site-dir", str(site_dir)], project, ENV)
    if usage.returncode:
        raise SystemExit(f"the build in {project} failed ({usage.returncode}):\n{usage.output[-3000:]}")
    return site_dir


def build_pair(folder: Path, root: Path = REPO) -> dict[str, Path]:
    """Build the shipped site (in a copy of its sources; the PDF cache of an earlier run is kept) and its twin."""
    folder = folder.resolve()
    ours = folder / "ours"
    cache = ours / site.CACHE
    kept = folder / "kept-pdf-cache"
    if cache.is_dir():
        shutil.rmtree(kept, ignore_errors=True)
        shutil.move(cache, kept)
    site.prepare(ours)
    if kept.is_dir():
        cache.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(kept, cache)
    mkdocs = str(Path(sys.executable).parent / "mkdocs")
    return {"leerpunt": _build(ours, [mkdocs, "build", "--strict", "--quiet"], folder / "ours-site"),
            "material": _build(generate_plain(folder / "plain", root), [mkdocs, "build", "--quiet"],
                               folder / "plain-site")}


def side_by_side(sites: dict[str, Path], types: list[PageType], runs: int, measure_page: Callable[[str, str], dict],
                 log=None) -> dict:
    """{page type: {variant: [figures, ...]}}: `measure_page(url, name)` for every page type on both sites
    (served on loopback), `runs` times, alternating (the order flips every run); each run is logged."""
    results: dict[str, dict[str, list[dict]]] = {kind.name: {variant: [] for variant in VARIANTS} for kind in types}
    with Server(sites["material"]) as material, Server(sites["leerpunt"]) as ours:
        roots = {"material": material, "leerpunt": ours}
        for number in range(runs):
            for kind in types:
                for variant in VARIANTS if number % 2 == 0 else tuple(reversed(VARIANTS)):
                    path = kind.ours if variant == "leerpunt" else kind.material
                    figures = measure_page(roots[variant] + path, f"{kind.name.replace(' ', '-')}-{variant}-{number}")
                    figures["load"] = os.getloadavg()[0]
                    results[kind.name][variant].append(figures)
                    print(f"{kind.name} {variant} run {number}: " + ", ".join(
                        f"{key} {value}" for key, value in figures.items() if isinstance(value, (int, float, dict))),
                        file=sys.stderr)
                    if log:
                        log.write(json.dumps({"page": kind.name, "variant": variant, "run": number, "path": path,
                                              **figures}) + "\n")
    return results


def measure_and_write(measure: Callable, report: Callable, output: Path, runs: int,
                      sites: dict[str, Path] | None = None) -> dict:
    """Build both sites (unless given), `measure(sites, types, runs, log)` and write `report(...)` to `output`;
    the runs are logged in bench/tmp/<output's name>-runs.jsonl."""
    TMP.mkdir(exist_ok=True)
    load_before = os.getloadavg()[0]
    sites = sites or build_pair(TMP / "paint")
    types = page_types()
    with (TMP / f"{output.stem}-runs.jsonl").open("w") as log:
        results = measure(sites, types, runs, log)
    output.write_text(report(results, runs, types, (load_before, os.getloadavg()[0])), "utf-8")
    print(f"wrote {output}", file=sys.stderr)
    return results
