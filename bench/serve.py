"""A loopback static server that behaves like a real host for benchmarks: gzip, keep-alive.

Python's http.server sends files uncompressed over one connection per file; a CDN or web
server gzips text files and keeps connections open, and that is what visitors get. Each
response is compressed once and kept in memory, so the measured time does not include
compressing.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import mimetypes
import threading
from pathlib import Path

COMPRESSED_TYPES = ("text/", "application/json", "application/javascript", "image/svg+xml", "application/xml")


class _Handler(http.server.SimpleHTTPRequestHandler):
    # Keep connections open between requests, as every real host does (HTTP/1.0 would open one
    # per file, for both searches alike).
    protocol_version = "HTTP/1.1"
    cache: dict = {}

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()
            path = path / "index.html"
        content_type = mimetypes.guess_type(str(path))[0] or "application/octet-stream"
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not path.is_file() or not wants_gzip or not content_type.startswith(COMPRESSED_TYPES):
            return super().send_head()
        key = str(path)
        if key not in self.cache:
            self.cache[key] = gzip.compress(path.read_bytes(), 6, mtime=0)
        body = self.cache[key]
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        return io.BytesIO(body)


class Server:
    """`with Server(folder) as url:` serves a folder on 127.0.0.1 at a free port."""

    def __init__(self, folder: Path):
        handler = functools.partial(type("Handler", (_Handler,), {"cache": {}}), directory=str(folder))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)

    def __enter__(self) -> str:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
