"""The link check renders only texts that can hold a link or an image (sourcechecks.documents.may_refer):
a text it skips renders to HTML without either, and every way of writing one is seen."""

from hypothesis import given, settings
from hypothesis import strategies as st

from leerpunt.sourcechecks.documents import may_refer, references, to_html


# Pieces of every Markdown construct the content check's extensions know, none with '[' or '<'.
_NO_REFERENCE_SYNTAX = st.lists(st.sampled_from(
    list("ab Zé19#*_-+.!?:;|~`>()/=&\"'{}\\^\n\t") + ["https://x.be", "mailto:a@b.be", "!!! note", "??? tip", "```",
                                                    "    ", "*", "]:", "](", "{ #id }", "{: href=x }", "&lt;a href=x&gt;",
                                                    "\n\n", "\n# ", "\n---\n", "\n| a | b |\n|---|---|\n", "Term\n:   "]),
    max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(_NO_REFERENCE_SYNTAX)
def test_a_text_that_may_refer_to_nothing_renders_without_links_or_images(text):
    """The link check does not render a text without '[' or '<': no way of writing a link or image is lost."""
    if not may_refer(text):
        assert references(to_html(text)) == ()


def test_every_way_of_writing_a_link_or_image_may_refer():
    for text in ("[a](b.md)", "[a][r]\n\n[r]: b.md", "![x](p.png)", "Tekst[^1]\n\n[^1]: voetnoot",
                 "<https://x.be>", '<a href="b.md">a</a>', '<img src="p.png" alt="x">'):
        assert may_refer(text) and references(to_html(text)), text
