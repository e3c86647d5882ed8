"""Issue 6, item 4: every link of the built shipped site leads somewhere.

On the session build of the shipped site: every internal href/src/srcset (pages, stylesheets,
scripts, images, downloads) and every url() in a stylesheet resolves to a file of the site;
every #anchor exists on its target page; the sitemap lists exactly the pages; every full address
of the site in the feed and the data files resolves; guides and the approaches they cite link
each other, the knowledge agenda links its guides; and the QR code on every PDF (pdftoppm
render, read by zbarimg) points at a page of the site. Links to other hosts are not followed
(no network in tests).
"""

from __future__ import annotations

import gzip
import os
import re
import subprocess
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from helpers import REPO, load
from leerpunt.project import load_settings

pytestmark = pytest.mark.build

SITE_URL = load_settings(REPO / "mkdocs.yml")["site_url"]
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
# Attributes that load or link to another resource, per element.
LINKING = {"a": ("href",), "area": ("href",), "link": ("href",), "script": ("src",), "img": ("src", "srcset"),
           "source": ("src", "srcset"), "iframe": ("src",), "embed": ("src",), "video": ("src", "poster"),
           "audio": ("src",), "track": ("src",), "object": ("data",), "form": ("action",), "use": ("href", "xlink:href"),
           "image": ("href", "xlink:href")}
NOT_FOLLOWED = ("mailto:", "tel:", "data:")
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")


class _PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.refs: list[tuple[int, str]] = []  # (line, reference as written)
        self.refresh: str | None = None

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        for name in ("id",) + (("name",) if tag == "a" else ()):
            if values.get(name):
                self.ids.add(values[name])
        for name in LINKING.get(tag, ()):
            value = values.get(name)
            if value is None:
                continue
            refs = [part.strip().split()[0] for part in value.split(",") if part.strip()] if name == "srcset" else [value]
            self.refs += [(self.getpos()[0], ref) for ref in refs]
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "refresh":
            self.refresh = (values.get("content") or "").partition("url=")[2]
            self.refs.append((self.getpos()[0], self.refresh))


@dataclass
class Page:
    ids: set[str]
    refs: list[tuple[int, str]]
    redirect: bool


@dataclass
class Site:
    """The built site as a link graph: each page's ids and references, resolved to site paths."""

    root: Path
    pages: dict[str, Page] = field(default_factory=dict)

    def __post_init__(self):
        for path in sorted(self.root.rglob("*.html")):
            parser = _PageParser()
            parser.feed(path.read_text("utf-8"))
            parser.close()
            self.pages[path.relative_to(self.root).as_posix()] = Page(parser.ids, parser.refs, parser.refresh is not None)

    @staticmethod
    def resolve(source: str, ref: str) -> tuple[str, str] | None:
        """(site path, fragment) of a reference made in `source`, or None for another host."""
        if ref.strip().lower().startswith(NOT_FOLLOWED):
            return None
        url = urljoin(SITE_URL + source, ref.strip())
        if not url.startswith(SITE_URL):
            return None
        parts = urlsplit(url)
        path = unquote(parts.path)[len(urlsplit(SITE_URL).path):]
        return (path + "index.html" if path == "" or path.endswith("/") else path), unquote(parts.fragment)

    def problem(self, source: str, ref: str) -> str | None:
        """Why a reference does not lead anywhere, or None when it does."""
        if ref.strip().lower().startswith("javascript:"):
            return "a javascript: link"
        target = self.resolve(source, ref)
        if target is None:
            return None
        path, fragment = target
        if (self.root / path).is_dir():
            return f"a folder without a trailing '/' ({path})"
        if not (self.root / path).is_file():
            return f"does not exist ({path})"
        if fragment and path in self.pages and fragment not in self.pages[path].ids:
            return f"no anchor #{fragment} in {path}"
        return None

    @cached_property
    def links(self) -> dict[str, set[tuple[str, str]]]:
        """Each page's resolved internal references."""
        return {name: {t for _, ref in page.refs if (t := self.resolve(name, ref))} for name, page in self.pages.items()}


@pytest.fixture(scope="module")
def site(shipped_build) -> Site:
    return Site(shipped_build[0])


@pytest.fixture(scope="module")
def catalogue():
    return load(REPO)


def test_every_internal_link_and_anchor_resolves(site):
    broken = [f"{name}:{line}: '{ref}': {why}" for name, page in site.pages.items() for line, ref in page.refs
              if (why := site.problem(name, ref))]
    assert broken == []
    assert all(page.refs for page in site.pages.values())


def test_the_link_checker_sees_each_kind_of_broken_link(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<h2 id="er">x</h2>', "utf-8")
    (tmp_path / "index.html").write_text(
        '<a href="a/">ok</a><a href="a/#er">ok</a><a href="https://elders.example/">ok</a><a href="mailto:x@y">ok</a>'
        f'<link rel="canonical" href="{SITE_URL}a/"><a href="b/">weg</a><a href="a/#weg">anker</a><a href="a">map</a>'
        '<img srcset="a/index.html 1x, c.png 2x"><a href="javascript:void(0)">js</a>', "utf-8")
    site = Site(tmp_path)
    assert [site.problem("index.html", ref) for _, ref in site.pages["index.html"].refs] == [
        None, None, None, None, None, "does not exist (b/index.html)", "no anchor #weg in a/index.html",
        "a folder without a trailing '/' (a)", None, "does not exist (c.png)", "a javascript: link"]


def test_every_url_in_a_stylesheet_resolves(site):
    broken = []
    for css in sorted(site.root.rglob("*.css")):
        name = css.relative_to(site.root).as_posix()
        for match in CSS_URL.finditer(css.read_text("utf-8")):
            ref = match.group(2)
            if not ref.startswith("#") and (why := site.problem(name, ref)):
                broken.append(f"{name}: url({ref}): {why}")
    assert broken == []


def test_the_sitemap_lists_exactly_the_pages(site):
    sitemap = (site.root / "sitemap.xml").read_bytes()
    assert gzip.decompress((site.root / "sitemap.xml.gz").read_bytes()) == sitemap
    listed = [loc.text for loc in ET.fromstring(sitemap).iter(f"{SITEMAP}loc")]
    assert [url for url in listed if not url.startswith(SITE_URL)] == []
    assert [url for url in listed if site.problem("", url)] == []
    pages = {name for name, page in site.pages.items() if not page.redirect and name != "404.html"}
    assert pages - {site.resolve("", url)[0] for url in listed} == set()
    assert len(listed) == len(set(listed)) == len(pages)


def test_addresses_in_feed_and_data_files_resolve(site):
    """The feed, the sitemap, the open data (and any data file to come) name pages by full address."""
    own = re.compile(re.escape(SITE_URL) + r"""[^\s"'<>,)\]]*""")
    atom_id = re.compile(r"<id>[^<]*</id>")  # an entry's identifier (RFC 4287, 4.2.6), not a link
    found, broken = 0, []
    for data in sorted(p for p in site.root.rglob("*") if p.suffix in {".xml", ".json", ".csv", ".txt"}):
        for url in own.findall(atom_id.sub("", data.read_text("utf-8"))):
            found += 1
            if why := site.problem("", url):
                broken.append(f"{data.relative_to(site.root)}: {url}: {why}")
    assert found > 0 and broken == []


def test_guides_and_the_approaches_they_cite_link_each_other(site, catalogue):
    missing, cited = [], 0
    for guide in catalogue.guides:
        guide_page = f"leidraden/{guide.slug}/index.html"
        for recommendation in guide.aanbevelingen:
            for approach_id in recommendation.aanpakken:
                cited += 1
                approach_page = f"toolkits/{approach_id}/index.html"
                if approach_page not in {path for path, _ in site.links[guide_page]}:
                    missing.append(f"{guide_page} → {approach_page}")
                if (guide_page, recommendation.anchor) not in site.links[approach_page]:
                    missing.append(f"{approach_page} → {guide_page}#{recommendation.anchor}")
    assert cited > 0 and missing == []


def test_the_knowledge_agenda_links_its_guides_and_pages(site, catalogue):
    agenda = "kennisagenda/index.html"
    targets = {path for path, _ in site.links[agenda]}
    expected = {f"leidraden/{slug}/index.html" for theme in catalogue.kennisagenda.themas for slug in theme.leidraden}
    expected |= {re.sub(r"(index)?\.md$", "", theme.pagina) + "index.html"
                 for theme in catalogue.kennisagenda.themas if theme.pagina}
    assert expected and expected - targets == set()


# --- QR codes on the PDFs -------------------------------------------------------------------

def qr_codes(pdf: Path, workdir: Path) -> list[str]:
    """The text of every QR code on every page of a PDF (150 dpi is enough for the smallest card code)."""
    prefix = workdir / pdf.stem
    subprocess.run(["pdftoppm", "-r", "150", "-gray", str(pdf), str(prefix)], check=True, timeout=300)
    images = sorted(workdir.glob(f"{pdf.stem}-*.pgm")) or sorted(workdir.glob(f"{pdf.stem}.pgm"))
    result = subprocess.run(["zbarimg", "--quiet", "--raw", "-S*.disable", "-Sqrcode.enable", *map(str, images)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode in (0, 4), result.stderr  # 4: no code found at all
    return result.stdout.split()


@pytest.fixture(scope="module")
def codes_per_pdf(site, tmp_path_factory) -> dict[str, list[str]]:
    pdfs = sorted(site.root.rglob("*.pdf"))
    workdir = tmp_path_factory.mktemp("qr")
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        found = pool.map(lambda pdf: qr_codes(pdf, workdir), pdfs)
        return {pdf.relative_to(site.root).as_posix(): codes for pdf, codes in zip(pdfs, found)}


def test_every_qr_code_points_at_a_page_of_the_site(site, codes_per_pdf):
    """A no-op while the site has no PDFs; with PDFs, each carries a code and each code is a page."""
    assert [pdf for pdf, codes in codes_per_pdf.items() if not codes] == []
    wrong = [f"{pdf}: {url}" for pdf, codes in codes_per_pdf.items() for url in codes
             if not url.startswith(SITE_URL) or site.problem("", url) or not site.resolve("", url)[0].endswith(".html")]
    assert wrong == []


def test_the_qr_reader_reads_a_known_code(tmp_path):
    """The check above can fail: a code made with segno (the library the PDFs use) is read back exactly."""
    import segno

    url = SITE_URL + "toolkits/leren-en-lesgeven/feedback/"
    segno.make(url, error="m").save(str(tmp_path / "code.png"), scale=4, border=4)
    result = subprocess.run(["zbarimg", "--quiet", "--raw", "-S*.disable", "-Sqrcode.enable", str(tmp_path / "code.png")],
                            capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == [url]
