"""`make serve`: the live preview on the first free port from PORT on (MkDocs waits ~50 s on a busy one)."""

from __future__ import annotations

import argparse
import os
import socket
import sys

HOST = "127.0.0.1"
DEFAULT_PORT = 8000
TRIES = 20


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make serve", description="Bekijk de site live op je eigen computer.")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"de gewenste poort (standaard {DEFAULT_PORT})")
    args, rest = parser.parse_known_args(argv)
    if not 1 <= args.port <= 65535:
        print(f"Poort {args.port} bestaat niet; kies een getal van 1 tot 65535, bv. make serve PORT=8001.", file=sys.stderr)
        return 2
    port = first_free_port(args.port)
    if port is None:
        print(f"Poorten {args.port} tot {args.port + TRIES - 1} zijn allemaal bezet. Sluit een ander voorbeeld "
              "(Ctrl+C in zijn terminal) of kies een andere poort, bv. make serve PORT=9000.", file=sys.stderr)
        return 1
    if port != args.port:
        print(f"Poort {args.port} is bezet (draait er al een make serve?); het voorbeeld gebruikt poort {port}.",
              file=sys.stderr)
    print(f"Open http://{HOST}:{port}/ in je browser. Stoppen: Ctrl+C.", file=sys.stderr, flush=True)
    command = [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"{HOST}:{port}", *rest]
    os.execv(sys.executable, command)
    return 0  # not reached


if __name__ == "__main__":
    sys.exit(main())
