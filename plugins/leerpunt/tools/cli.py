"""argparse in Dutch for the editors' tools: usage, help and errors ('usage:', 'error:' …).

argparse takes its words from gettext; the tools run them through this table instead while a
parser is built, prints help or reports an error. Anything not in the table stays as argparse says it.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

WORDS = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "invalid %(type)s value: %(value)r": "ongeldige waarde voor %(type)s: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "dubbelzinnige optie: %(option)s kan %(matches)s zijn",
    "not allowed with argument %s": "niet toegestaan samen met argument %s",
    "one of the arguments %s is required": "een van deze argumenten is nodig: %s",
}


def dutch(message: str) -> str:
    return WORDS.get(message, message)


def _dutch_plural(singular: str, plural: str, count: int) -> str:
    return dutch(singular if count == 1 else plural)


@contextmanager
def in_dutch() -> Iterator[None]:
    """argparse's words in Dutch for the duration of the block."""
    # argparse's own translation hooks: private, so typeshed leaves them out.
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = dutch, _dutch_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that builds, helps and complains in Dutch; errors exit with code 2 as usual."""

    def __init__(self, *args, **kwargs):
        with in_dutch():
            super().__init__(*args, **kwargs)

    def add_subparsers(self, **kwargs):
        kwargs.setdefault("parser_class", Parser)
        with in_dutch():
            return super().add_subparsers(**kwargs)

    def parse_args(self, args=None, namespace=None):
        with in_dutch():
            return super().parse_args(args, namespace)

    def parse_known_args(self, args=None, namespace=None):
        with in_dutch():
            return super().parse_known_args(args, namespace)

    def format_help(self) -> str:
        with in_dutch():
            return super().format_help()

    def format_usage(self) -> str:
        with in_dutch():
            return super().format_usage()

    def error(self, message: str):
        with in_dutch():
            super().error(message)
