"""MkDocs' rendering of a page, kept between builds (leerpunt.render_reuse): a page taken from the store
is the page MkDocs renders (HTML, table of contents, title, anchors, links to other pages' anchors), and
the warnings its render logged are logged again, so a strict build fails the second time too."""

import logging

from mkdocs.config import load_config
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from leerpunt.extensions.codes import CodesExtension
from leerpunt.render_reuse import RenderReuse, extensions_reusable, files_digest, page_key, render_settings_version

PAGE = "# Titel\n\n## Een sectie\n\nZie [kapot](bestaat-niet.md) en [de sectie van b](b.md#anker).\n"


def _site(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text(PAGE, "utf-8")
    (docs / "b.md").write_text("# B\n\n## Anker\n", "utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: Test\nmarkdown_extensions: [toc, attr_list]\n"
                                         "validation:\n  links:\n    not_found: warn\n    anchors: warn\n", "utf-8")
    config = load_config(config_file=str(tmp_path / "mkdocs.yml"))
    files = Files([File(name, str(docs), str(tmp_path / "site"), config.use_directory_urls) for name in ("a.md", "b.md")])
    return config, files


def _rendered(config, files, reuse):
    page = Page(None, files.get_file_from_path("a.md"), config)
    page.read_source(config)
    version, listed = render_settings_version(config), files_digest(files)
    reuse.install(page, lambda: page_key(version, listed, page, ""))
    page.render(config, files)
    return page


def _state(page):
    return (page.content, str(page.toc), [item.active for item in page.toc], page.title, page.present_anchor_ids,
            {f.src_uri: links for f, links in (page.links_to_anchors or {}).items()})


def test_a_page_from_the_store_is_the_rendered_page_and_logs_its_warnings_again(tmp_path, caplog):
    config, files = _site(tmp_path)
    store = tmp_path / "page-html.json"
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        first = RenderReuse(store)
        rendered = _rendered(config, files, first)
        first.save()
        warned = [(r.name, r.levelno, r.getMessage()) for r in caplog.records]
        caplog.clear()
        second = RenderReuse(store)
        reused = _rendered(config, files, second)
        again = [(r.name, r.levelno, r.getMessage()) for r in caplog.records]
    assert (first.rendered, first.reused, second.rendered, second.reused) == (1, 0, 0, 1)
    assert any("bestaat-niet.md" in message and level == logging.WARNING for _, level, message in warned)
    assert again == warned
    assert _state(reused) == _state(rendered)
    assert rendered.links_to_anchors and rendered.title == "Titel" and "een-sectie" in rendered.present_anchor_ids


def test_any_change_to_what_the_render_reads_renders_the_page_again(tmp_path):
    config, files = _site(tmp_path)
    store = tmp_path / "page-html.json"
    first = RenderReuse(store)
    _rendered(config, files, first)
    first.save()
    (tmp_path / "docs" / "a.md").write_text(PAGE + "\nEen nieuwe zin.\n", "utf-8")
    edited = RenderReuse(store)
    assert "Een nieuwe zin" in _rendered(config, files, edited).content and edited.rendered == 1
    files.append(File("c.md", str(tmp_path / "docs"), str(tmp_path / "site"), config.use_directory_urls))
    (tmp_path / "docs" / "c.md").write_text("# C\n", "utf-8")
    more_files = RenderReuse(store)
    _rendered(config, files, more_files)
    assert more_files.rendered == 1  # the old key named the old list of files


def test_extensions_that_read_other_files_or_that_we_do_not_know_turn_reuse_off():
    assert extensions_reusable(["toc", "pymdownx.details", CodesExtension()], (CodesExtension,))
    assert not extensions_reusable(["toc", "pymdownx.snippets"], (CodesExtension,))
    assert not extensions_reusable(["toc", object()], (CodesExtension,))
