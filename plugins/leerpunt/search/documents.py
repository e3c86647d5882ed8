"""A page's HTML cut into sections: the documents of the search index (one per heading, like Material).

Pure: HTML in, sections out. Text inside elements that only decorate (permalinks, icons,
badges and figure tiles, whose meaning the headline sentence and the result badges carry, a
guide's 'in één oogopslag' list that repeats its headings), hidden elements
and elements with `data-search-exclude` (Material's convention) is left out. So are lists of links:
every list under the headings of LINK_LIST_HEADINGS ('Verwante aanpakken', 'Bronnen', 'Meer lezen' …),
and anywhere a list whose every item starts with a link and says little more (a theme page's approaches).
They name other pages, and a search for those pages must find the pages themselves, not every list that
points to them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape

SECTION_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
# Elements whose text is never content.
SKIPPED_ELEMENTS = {"script", "style", "svg", "template", "noscript", "button", "select", "textarea"}
# Classes whose text is decoration or repeats what is indexed elsewhere.
DEFAULT_EXCLUDED_CLASSES = ("headerlink", "lp-badges", "lp-tiles", "lp-level", "lp-glance", "lp-sr")
# Text formatting does not separate words; every other tag does, also links and spans, which
# generated pages put side by side without a space and lay out with CSS.
# Sections whose lists are links to other pages (headings as the site writes them; a heading
# that starts with one of these counts, e.g. 'Projecten rond dit thema').
LINK_LIST_HEADINGS = ("Meer lezen", "Bronnen", "Verwante aanpakken", "Projecten rond", "Op de kennisagenda",
                      "Aanpakken uit de toolkit", "In de leidraden", "Afdrukken")
LISTS = {"ul", "ol", "dl"}
# An item of a link list may add this many characters of its own to its link ('(begeleidingsproject, 2024-2025)').
LINK_ITEM_EXTRA = 80
INLINE_ELEMENTS = {"abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q",
                   "s", "samp", "small", "strong", "sub", "sup", "time", "u", "var"}
VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_SPACES = re.compile(r"\s+")
# The markup MkDocs writes, cut into comments, tags and declarations; what lies between is text.
# (html.parser does the same in Python code, character run by character run: this is one
# regular expression, several times faster on pages with many small elements.)
_MARKUP = re.compile(r"<(?:!--.*?(?:--!?>|\Z)"                                   # a comment
                     r"""|(/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>"""  # a tag: /, name, attributes
                     r"|[!?][^>]*>)", re.S)                                        # a declaration
_ATTRIBUTE = re.compile(r"""([^\s"'>/=][^\s"'>/=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
_RAW_TEXT = {"script": re.compile(r"</script\s*>", re.I), "style": re.compile(r"</style\s*>", re.I)}


@dataclass
class Section:
    """A part of a page: the text before the first subheading (anchor '') or under one heading."""

    anchor: str
    heading: str
    level: int
    attributes: dict = field(default_factory=dict)
    text: str = ""


def sections_of(html: str, excluded_classes=DEFAULT_EXCLUDED_CLASSES) -> list[Section]:
    """The sections of a page's content HTML, in order; the h1 (the page title) is not text."""
    parser = _SectionParser(frozenset(excluded_classes))
    _read(html, parser)
    return parser.finish()


def _read(html: str, parser: _SectionParser) -> None:
    """Feed the start tags, end tags and text of `html` to the parser, like html.parser would."""
    at, search = 0, _MARKUP.search
    while (match := search(html, at)) is not None:
        start, end = match.span()
        if start > at and not parser.skip_depth:  # text inside a left-out element is not read
            parser.handle_data(unescape(html[at:start]))
        at = end
        slash, tag, attributes = match.groups()
        if tag is None:  # a comment or declaration
            continue
        tag = tag.lower()
        if slash:
            parser.handle_endtag(tag)
            continue
        self_closing = attributes.rstrip().endswith("/")
        # Inside a left-out element no attribute counts (most of a page's tags: badges, tiles, icons).
        parser.handle_starttag(tag, _attributes(attributes) if attributes and not parser.skip_depth else [])
        if tag in _RAW_TEXT:  # script and style: their content is text up to the closing tag, never markup
            closing = _RAW_TEXT[tag].search(html, at)
            stop = closing.start() if closing else len(html)
            if stop > at:
                parser.handle_data(html[at:stop])
            at = closing.end() if closing else len(html)
            parser.handle_endtag(tag)
        elif self_closing:
            parser.handle_endtag(tag)
    if at < len(html):
        parser.handle_data(unescape(html[at:]))


def clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def is_link_list_heading(heading: str) -> bool:
    return heading.startswith(LINK_LIST_HEADINGS)


def _attributes(text: str) -> list[tuple[str, str | None]]:
    """(name, value) pairs as html.parser gives them: names lower-cased, None for a bare name."""
    pairs = []
    for match in _ATTRIBUTE.finditer(text):
        name, *values = match.groups()
        value = next((v for v in values if v is not None), None)
        pairs.append((name.lower(), None if value is None else unescape(value)))
    return pairs


@dataclass
class _ItemState:
    started: bool = False  # the item starts with a link
    extra: int = 0         # characters of text outside links


@dataclass
class _ListState:
    section: int
    start: int             # where the list's text starts in its section's parts
    links_only: bool = True
    item: _ItemState | None = None


class _SectionParser:
    def __init__(self, excluded_classes: frozenset):
        self.excluded_classes = excluded_classes
        self.sections = [Section("", "", 1)]
        self.parts: list[list[str]] = [[]]
        self.open: list[str] = []        # open elements, to close skipped and heading elements correctly
        self.skip_depth = 0              # > 0 inside an element whose text is left out
        self.heading: list[str] | None = None
        self.heading_tag = ""
        self.lists: list[_ListState] = []  # the open lists, innermost last, to drop the lists of links
        self.link_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in VOID_ELEMENTS:
            self._space()
            return
        self.open.append(tag)
        if self.skip_depth:
            self.skip_depth += 1
            return
        attributes = dict(attrs)
        classes = set((attributes.get("class") or "").split())
        if tag in SKIPPED_ELEMENTS or classes & self.excluded_classes \
                or "data-search-exclude" in attributes or "hidden" in attributes \
                or (tag in LISTS and self.heading is None and is_link_list_heading(self.sections[-1].heading)):
            self.skip_depth += 1
            return
        if tag in LISTS:
            self.lists.append(_ListState(len(self.sections), len(self.parts[-1])))
        elif tag == "li" and self.lists:
            self.lists[-1].item = _ItemState()
        elif tag == "a":
            self.link_depth += 1
            if self.lists and self.lists[-1].item and not self.lists[-1].item.started:
                self.lists[-1].item.started = True
        if tag == "h1":
            self.heading, self.heading_tag = [], tag
        elif tag in SECTION_HEADINGS:
            for state in self.lists:
                state.links_only = False  # a heading inside a list: keep it all
            self.sections.append(Section(attributes.get("id") or "", "", int(tag[1]),
                                         {k: v for k, v in attributes.items() if k.startswith("data-")}))
            self.parts.append([])
            self.heading, self.heading_tag = [], tag
        elif tag not in INLINE_ELEMENTS:
            self._space()

    def handle_endtag(self, tag):
        if tag in VOID_ELEMENTS or tag not in self.open:
            return
        while self.open:  # browsers close unclosed children with their parent; so do we
            closed = self.open.pop()
            if self.skip_depth:
                self.skip_depth -= 1
            elif closed == self.heading_tag and self.heading is not None:
                if closed != "h1":
                    self.sections[-1].heading = clean("".join(self.heading))
                self.heading, self.heading_tag = None, ""
            elif closed == "a":
                self.link_depth -= 1
            elif closed in LISTS and self.lists:
                self._close_list()
            if closed == tag:
                break
        if tag not in INLINE_ELEMENTS:
            self._space()

    def handle_data(self, data):
        if self.skip_depth:
            return
        if self.heading is not None:
            self.heading.append(data)
            return
        self.parts[-1].append(data)
        item = self.lists[-1].item if self.lists else None
        text = data.strip()
        if item and text and not self.link_depth:
            item.extra += len(text)
            if not item.started or item.extra > LINK_ITEM_EXTRA:
                self.lists[-1].links_only = False

    def _close_list(self):
        state = self.lists.pop()
        if state.links_only and state.item and state.section == len(self.sections):
            del self.parts[-1][state.start:]  # a list of links: not content
        elif self.lists:
            self.lists[-1].links_only = False  # a list with content inside an item: the outer list has content

    def _space(self):
        if not self.skip_depth:
            (self.heading if self.heading is not None else self.parts[-1]).append(" ")

    def finish(self) -> list[Section]:
        if self.heading is not None and self.heading_tag != "h1":  # a heading left open at the end
            self.sections[-1].heading = clean("".join(self.heading))
        for section, parts in zip(self.sections, self.parts):
            section.text = clean("".join(parts))
        return self.sections
