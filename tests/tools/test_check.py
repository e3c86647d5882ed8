"""scripts/check: human output, GitHub annotations, one-line format, exit codes."""

import re
import json
from pathlib import Path

from leerpunt.catalogue import ContentError
from leerpunt.tools.check import format_github, format_lines, main

REPO = Path(__file__).resolve().parents[2]


def break_cost(site):
    path = site / "toolkits" / "kern" / "feedback.md"
    path.write_text(path.read_text("utf-8").replace("kosten: 1", "kosten: 9"), "utf-8")


def test_ok_summary_and_exit_zero(site, capsys, monkeypatch):
    monkeypatch.chdir(site)
    assert main([]) == 0
    assert capsys.readouterr().out.strip() == "Alles in orde: 2 aanpakken in 1 toolkits, 1 leidraden, 3 thema's van de kennisagenda, 0 projecten, 0 begrippen."


def test_human_output_names_file_line_field_and_gives_a_tip(site, capsys, monkeypatch):
    monkeypatch.chdir(site)
    break_cost(site)
    assert main([]) == 1
    out = capsys.readouterr().out
    assert out.startswith("toolkits/kern/feedback.md:4  veld 'kosten'\n  Verwacht: een van: 1 (Zeer lage kosten)")
    assert "\n  Gevonden: 9\n  Tip: Gebruik precies een van de toegelaten waarden" in out
    assert out.rstrip().endswith("1 fout in 1 bestand. Verbeter ze en voer scripts/check opnieuw uit. "
                                 "Uitleg over elk veld: CONTRIBUTING.md.")


def test_github_annotations_escape_their_data(site, capsys, monkeypatch):
    monkeypatch.chdir(site)
    break_cost(site)
    assert main(["--format", "github"]) == 1
    line = capsys.readouterr().out.strip()
    assert line.startswith("::error file=toolkits/kern/feedback.md,line=4,title=veld kosten::verwacht een van: 1 (Zeer")
    error = ContentError("a,b:c.md", 0, "x", "één\nregel", "100%")
    assert format_github([error]) == "::error file=a%2Cb%3Ac.md,title=veld x::verwacht één%0Aregel; gevonden: 100%25"


def test_one_line_format_matches_the_vscode_problem_matcher():
    tasks = json.loads((REPO / ".vscode" / "tasks.json").read_text("utf-8"))
    check = next(t for t in tasks["tasks"] if t["label"] == "Leerpunt: controleer inhoud")
    assert check["command"] == "scripts/check --format lines"
    pattern = re.compile(check["problemMatcher"]["pattern"]["regexp"])
    lines = format_lines([ContentError("a/b.md", 4, "kosten", "1", "9"), ContentError("c/d", 0, "", "x", "y")]).split("\n")
    assert [pattern.match(line).group(1, 2) for line in lines] == [("a/b.md", "4"), ("c/d", "1")]


def test_vscode_maps_the_schemas_to_existing_sources():
    settings = json.loads((REPO / ".vscode" / "settings.json").read_text("utf-8"))
    for schema, glob in settings["yaml.schemas"].items():
        assert (REPO / schema).is_file(), schema
        assert list(REPO.glob(glob)), glob
