"""Issue 19.2: every injection the issue planted, built as `make serve` builds (not strict), runs
nothing in Chromium: no dialog, no changed title, no flag set, also after clicking the planted links."""

import functools
import http.server
import shutil
import threading

import pytest

from helpers import FIXTURES, mkdocs_build

pytestmark = [pytest.mark.browser, pytest.mark.build]
RUN = "window.top.__ran=(window.top.__ran||0)+1;alert(1)"


def plant(root):
    approach = root / "toolkits/kern/feedback.md"
    text = approach.read_text("utf-8")
    for old, new in (
        ("samenvatting: Feedback geeft leerlingen informatie over hun leren.",
         f"samenvatting: 'Feedback\" onmouseover=\"{RUN}\" autofocus onfocus=\"{RUN}\" x=\"'"),
        ("vraag: Helpt feedback altijd?", f"vraag: '<script>{RUN}</script>'"),
        ("antwoord: Nee, niet altijd.", f"antwoord: '<img src=x onerror=\"{RUN}\">'"),
        ("toelichting: Nieuwe studies toegevoegd.", f"toelichting: '<script>{RUN}</script><img src=x onerror=\"{RUN}\">'"),
        ("verificatie: Gecontroleerd in de test.", f"verificatie: '<script>{RUN}</script>'"),
        ("titel: Feedback", f"titel: 'Feedback <img src=x onerror=\"{RUN}\">'"),
    ):
        assert old in text
        text = text.replace(old, new)
    (root / "mkdocs.yml").write_text((root / "mkdocs.yml").read_text("utf-8").replace(
        "  - Start: index.md\n", "  - Start: index.md\n  - over.md\n"), "utf-8")  # its title in every page's navigation
    text = text.replace("## Belangrijkste bevindingen", (
        f"<script>{RUN}</script>\n\n<img src=x alt=x onerror=\"{RUN}\">\n\n<svg onload=\"{RUN}\"></svg>\n\n"
        f"[klik1](javascript:{RUN})\n\n[klik2](../../index.md){{: onclick=\"{RUN}\" }}\n\n"
        f"<a href=\"javascript:{RUN}\">klik3</a>\n\n<iframe srcdoc=\"<script>{RUN}</script>\"></iframe>\n\n"
        "## Belangrijkste bevindingen"), 1)
    approach.write_text(text, "utf-8")
    guide = root / "leidraden/goede-feedback/index.md"
    guide.write_text(guide.read_text("utf-8").replace(
        "gepubliceerd: 2025-11", f"gepubliceerd: 2025-11\nbron: 'https://x\"><script>{RUN}</script>'"), "utf-8")
    toolkit = root / "toolkits/kern/toolkit.yml"
    toolkit.write_text(toolkit.read_text("utf-8").replace(
        "samenvatting:", f"inleiding: '<script>{RUN}</script> [klik4](javascript:{RUN})'\nsamenvatting:", 1), "utf-8")
    (root / "content/over.md").write_text(
        f"---\ntitle: 'Over <img src=x onerror=\"{RUN}\">'\ndescription: 'Over\" onmouseover=\"{RUN}'\n---\n\n"
        f"# Over <img src=x onerror=\"{RUN}\">\n\n"
        f"<details open ontoggle=\"{RUN}\"><summary>x</summary>y</details>\n\n[klik5](javascript:{RUN})\n", "utf-8")


@pytest.fixture(scope="module")
def planted_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("planted") / "src"
    shutil.copytree(FIXTURES / "valid", root)
    plant(root)
    out = root.parent / "site"
    result = mkdocs_build(root, out, strict=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert mkdocs_build(root, root.parent / "strict").returncode != 0, "the strict build rejects every injection"
    handler = functools.partial(_Quiet, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.mark.parametrize("path", ["", "toolkits/kern/feedback/", "leidraden/goede-feedback/", "toolkits/kern/", "over/",
                                  "toolkits/vergelijk/?a=kern/feedback&a=kern/leerstijlen", "toolkits/"])
def test_no_planted_injection_runs(page, planted_site, path):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(planted_site + path)
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)
    for name in ("klik1", "klik2", "klik3", "klik4", "klik5"):
        link = page.get_by_text(name, exact=True)
        if link.count():
            link.first.click(no_wait_after=True)
            page.wait_for_timeout(200)
            if page.url.split("#")[0].rstrip("/") != (planted_site + path).split("#")[0].rstrip("/"):
                page.goto(planted_site + path)
    page.mouse.move(5, 5)
    assert dialogs == []
    assert page.evaluate("window.__ran || 0") == 0
    assert page.evaluate("document.querySelectorAll('script:not([src])').length") == \
        page.evaluate("[...document.querySelectorAll('script:not([src])')].filter(s => !s.textContent.includes('__ran')).length")
