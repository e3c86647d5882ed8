"""Glossary tooltips: the first use of a glossary term on a page becomes a link to its entry on the
glossary page, with its one-sentence definition as the tooltip.

A treeprocessor (after the inline patterns, so it sees the final text): it walks the page in
reading order and marks, per term, only the first occurrence in running text, never inside
headings, links, code, abbreviations or our own generated HTML. A link is focusable and
followable, so the definition reaches mouse (Material's tooltip on hover), keyboard (the same
tooltip on focus) and touch (a tap opens the entry). The glossary's one matcher decides what
counts as a use (catalogue/glossary.py), so tooltips and the 'never used' warning agree.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Callable
from functools import lru_cache

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from ..catalogue.glossary import Term, TermMatcher
from ..pages.common import link
from ..pages.paths import GLOSSARY_PAGE
from .codes import CodeContext

SKIPPED = {"h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "abbr", "kbd", "script", "style", "svg", "button",
           "label", "select", "option", "textarea", "nav"}


def _skipped(element: etree.Element) -> bool:
    return element.tag in SKIPPED or "lp-" in (element.get("class") or "")


class GlossaryProcessor(Treeprocessor):
    def __init__(self, md: Markdown, context: Callable[[], CodeContext | None]):
        super().__init__(md)
        self.context = context

    def run(self, root: etree.Element) -> None:
        context = self.context()
        if context is None or not context.catalogue.glossary or context.src_uri == GLOSSARY_PAGE or context.plain:
            return
        matcher = _matcher(context.catalogue.glossary)
        # A link to the Markdown source: MkDocs turns it into the page's address and checks the anchor.
        href = link(context.src_uri, GLOSSARY_PAGE)
        self.seen: set[str] = set()
        self._walk(root, matcher, href)

    def _walk(self, element: etree.Element, matcher: TermMatcher, href: str) -> None:
        if _skipped(element):
            return
        element.text = self._mark(element, None, element.text, matcher, href)
        for child in list(element):
            self._walk(child, matcher, href)
            child.tail = self._mark(element, child, child.tail, matcher, href)

    def _mark(self, parent: etree.Element, after: etree.Element | None, text: str | None, matcher: TermMatcher,
              href: str) -> str | None:
        """Wrap the first unseen term in `text` (which sits in `parent` after `after`); return the text before it."""
        if not text or "\x02" in text:  # a placeholder of stashed HTML: leave it whole
            return text
        for match, term in matcher.occurrences(text):
            if term.term in self.seen:
                continue
            self.seen.add(term.term)
            term_link = etree.Element("a", {"class": "lp-term", "href": f"{href}#{term.anchor}",
                                            "title": term.definitie})
            term_link.text = match.group(0)
            term_link.tail = text[match.end():]
            index = 0 if after is None else list(parent).index(after) + 1
            parent.insert(index, term_link)
            # The rest of the text is now the new link's tail: mark later terms in it too.
            term_link.tail = self._mark(parent, term_link, term_link.tail, matcher, href)
            return text[:match.start()]
        return text


@lru_cache(maxsize=1)
def _matcher(terms: tuple[Term, ...]) -> TermMatcher:
    """One compiled matcher per glossary (the pattern of fifty terms is built once per build)."""
    return TermMatcher(terms)


class GlossaryExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {"context": [lambda: None, "A function that returns the CodeContext of the page being rendered"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        # After the inline patterns (20), before attr_list (8) and the table of contents (5).
        md.treeprocessors.register(GlossaryProcessor(md, self.getConfig("context")), "leerpunt-glossary", 15)


def makeExtension(**kwargs):  # noqa: N802 (Python-Markdown's entry point)
    return GlossaryExtension(**kwargs)
