"""Shared pieces for the chart tests: the shipped toolkits and a way to make toolkits up."""

import dataclasses

import pytest

from helpers import FIXTURES, REPO, load


@pytest.fixture(scope="session")
def shipped():
    """The shipped catalogue, loaded once."""
    return load(REPO)


@pytest.fixture(scope="session")
def base_approach():
    return load(FIXTURES / "valid").toolkits[0].aanpakken[0]


def href_for(approach) -> str:
    return f"{approach.slug}/"


def make_toolkit(base, figures, titles=None):
    """A toolkit of approaches with the given (kosten, impact, bewijssterkte) and titles."""
    titles = titles or [f"Aanpak {i}" for i in range(len(figures))]
    approaches = tuple(
        dataclasses.replace(base, slug=f"aanpak-{i}", titel=title, kosten=kosten, impact=impact, bewijssterkte=evidence)
        for i, ((kosten, impact, evidence), title) in enumerate(zip(figures, titles)))
    return dataclasses.replace(load(FIXTURES / "valid").toolkits[0], slug="proef", titel="Proef", aanpakken=approaches)
