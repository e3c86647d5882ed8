"""Under `mkdocs serve` the plugins keep work between rebuilds; a rebuild must still equal a clean build."""

from pathlib import Path

import jinja2
from helpers import mkdocs_build
from mkdocs.commands.build import build
from mkdocs.config import load_config
from search.conftest import make_search_site


def _files(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


def test_rebuild_after_edits_equals_a_clean_build_and_compiles_only_changed_templates(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764000000")
    site = make_search_site(tmp_path / "src")
    config_file = site / "mkdocs.yml"
    compiled = []
    original_compile = jinja2.Environment.compile

    def counting_compile(self, source, name=None, *args, **kwargs):
        compiled.append(name)
        return original_compile(self, source, name, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", counting_compile)
    served = tmp_path / "served"
    config = load_config(str(config_file), site_dir=str(served))
    config.plugins.on_startup(command="serve", dirty=False)
    try:
        build(config)
        first_compiles = len(compiled)
        approach = site / "toolkits" / "kern" / "feedback.md"
        approach.write_text(approach.read_text("utf-8") + "\nEen nieuwe alinea over wachtwoordzinnen.\n", "utf-8")
        page = site / "content" / "index.md"
        page.write_text(page.read_text("utf-8") + "\n## Nieuw kopje\n\nTekst onder het nieuwe kopje.\n", "utf-8")
        compiled.clear()
        build(load_config(str(config_file), site_dir=str(served)))  # what serve does after a save
    finally:
        config.plugins.on_shutdown()
    assert first_compiles > 10 and compiled == []

    clean = tmp_path / "clean"  # in a new process: MkDocs keeps plugin objects for later builds in this one
    result = mkdocs_build(site, clean, strict=False)
    assert result.returncode == 0, result.stderr
    rebuilt, expected = _files(served), _files(clean)
    assert sorted(rebuilt) == sorted(expected) and len(expected) > 20
    assert [name for name in expected if rebuilt[name] != expected[name]] == []
    snippets = b"".join(content for name, content in expected.items() if "/tekst/" in name)
    assert b"wachtwoordzinnen" in snippets and "Tekst onder het nieuwe kopje".encode() in snippets  # edits made it in
