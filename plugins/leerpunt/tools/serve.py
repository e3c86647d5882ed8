"""`make serve`: the live preview on the first free port from PORT on (MkDocs waits ~50 s on a busy one)."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

from .cli import Parser

HOST = "127.0.0.1"
DEFAULT_PORT = 8000
TRIES = 20
# How often the preview looks for saved files. MkDocs polls every 0.5 s, so an editor waited 0.25 s on
# average (up to 0.5 s) before the rebuild even started; a look at this project's sources takes about
# 1 ms (watchdog's DirectorySnapshot of content/, toolkits/, leidraden/, projecten/), so five a second
# cost well under 1% of a core.
POLLING_SECONDS = 0.2


def port_is_free(port: int, host: str = HOST) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def first_free_port(start: int, tries: int = TRIES, is_free=port_is_free) -> int | None:
    """The first port from start on that nothing listens on, or None after `tries` ports."""
    return next((port for port in range(start, min(start + tries, 65536)) if is_free(port)), None)


def config_problem(config_file: Path) -> str | None:
    """What keeps MkDocs from reading mkdocs.yml, in Dutch with its line, or None."""
    import yaml  # here, not at the top: scripts/doctor imports this module with the system's Python alone

    from ..catalogue.yamlsource import dutch_yaml_problem
    from ..project import load_settings

    if not config_file.is_file():
        return f"{config_file} ontbreekt: start make serve in de map van het project (waar mkdocs.yml staat)."
    try:
        load_settings(config_file)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"{config_file.name}:{mark.line + 1}" if mark else config_file.name
        return (f"{where}: {config_file.name} is geen geldige YAML: {dutch_yaml_problem(error.problem or '')}. "
                "Verbeter het bestand en bewaar het; controleer inspringing, dubbele punten en aanhalingstekens.")
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        return (f"{config_file.name} kan niet gelezen worden ({type(error).__name__}). "
                "Bewaar het als UTF-8-tekst in YAML.")
    return None


def tolerant(builder, config_file: Path):
    """MkDocs' rebuild under serve, except that a mkdocs.yml that breaks while the preview runs is a
    Dutch message and the last good site stays served. (MkDocs itself lets every page request wait
    until a rebuild succeeds: the browser seemed to hang.)"""
    from mkdocs.exceptions import ConfigurationError

    def build(*args, **kwargs):
        problem = config_problem(config_file) if not args and not kwargs.get("config") else None
        if problem:
            print(f"{problem} {STILL_SERVING}", file=sys.stderr, flush=True)
            return None
        try:
            return builder(*args, **kwargs)
        except ConfigurationError as error:
            print(f"{config_file.name} klopt niet ({error}); zie de meldingen hierboven. {STILL_SERVING}",
                  file=sys.stderr, flush=True)
            return None
    return build


STILL_SERVING = "Het voorbeeld toont intussen de laatste goede versie; bewaar het verbeterde bestand om verder te gaan."


def main(argv: list[str] | None = None) -> int:
    parser = Parser(prog="make serve", description="Bekijk de site live op je eigen computer.")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"de gewenste poort (standaard {DEFAULT_PORT})")
    parser.add_argument("--config-file", "-f", default="mkdocs.yml", help="het mkdocs.yml van het project")
    args, rest = parser.parse_known_args(argv)
    if not 1 <= args.port <= 65535:
        print(f"Poort {args.port} bestaat niet; kies een getal van 1 tot 65535, bv. make serve PORT=8001.",
              file=sys.stderr)
        return 2
    config_file = Path(args.config_file)
    problem = config_problem(config_file)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    port = first_free_port(args.port)
    if port is None:
        print(f"Poorten {args.port} tot {args.port + TRIES - 1} zijn allemaal bezet. Sluit een ander voorbeeld "
              "(Ctrl+C in zijn terminal) of kies een andere poort, bv. make serve PORT=9000.", file=sys.stderr)
        return 1
    if port != args.port:
        print(f"Poort {args.port} is bezet (draait er al een make serve?); het voorbeeld gebruikt poort {port}.",
              file=sys.stderr)
    print(f"Open http://{HOST}:{port}/ in je browser. Stoppen: Ctrl+C.", file=sys.stderr, flush=True)
    return serve(["serve", "--dev-addr", f"{HOST}:{port}", "--config-file", str(config_file), *rest], config_file)


def preview_server_init(original, config_file: Path):
    """LiveReloadServer's constructor (`original`) with a tolerant builder and a quicker file watcher."""
    def init(self, builder, *args, **kwargs):
        kwargs.setdefault("polling_interval", POLLING_SECONDS)
        original(self, tolerant(builder, config_file), *args, **kwargs)
    return init


def serve(arguments: list[str], config_file: Path) -> int:
    """`mkdocs serve` in this process, its rebuilds made tolerant of a broken mkdocs.yml and its file
    watcher quicker to notice a save."""
    from mkdocs import livereload
    from mkdocs.__main__ import cli

    # MkDocs makes the server itself: its constructor is the one place to reach it.
    livereload.LiveReloadServer.__init__ = preview_server_init(  # type: ignore[method-assign]
        livereload.LiveReloadServer.__init__, config_file)
    try:
        cli.main(args=arguments, prog_name="mkdocs", standalone_mode=True)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
