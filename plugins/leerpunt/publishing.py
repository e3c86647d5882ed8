"""Publishing safely: a publication build needs the site's real https address.

QR codes on printed material, canonical URLs, the Atom feed and the open data all carry
`site_url`; a placeholder there would make every printed QR code a dead link. mkdocs.yml reads
the address from the environment (`SITE_URL`, set by the publish workflow from GitHub Pages or a
repository variable) and a publication build (`LEERPUNT_PUBLICATIE=1`, `make publish-site`)
refuses to run without a real one.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlsplit

PUBLICATION_FLAG = "LEERPUNT_PUBLICATIE"
# RFC 2606 / RFC 6761: names that can never be a real public site.
RESERVED_SUFFIXES = (".example", ".test", ".invalid", ".localhost", ".local")
RESERVED_HOSTS = {"example.com", "example.net", "example.org", "localhost", "127.0.0.1", "::1", "0.0.0.0"}
HOW_TO_SET = ("Zet het echte adres in de omgeving (SITE_URL=https://…/ make publish-site) of, op GitHub, in de "
              "repositoryvariabele SITE_URL; zonder variabele neemt de publicatieworkflow het adres van GitHub Pages.")


def is_publication(environ: Mapping[str, str]) -> bool:
    """True when this build is the one that will be published."""
    return environ.get(PUBLICATION_FLAG, "").strip().lower() in {"1", "true", "ja", "yes"}


def publication_errors(site_url: str | None) -> list[str]:
    """What is wrong with site_url for a published site (Dutch, one message per problem)."""
    if not site_url:
        return [f"site_url ontbreekt; een gepubliceerde site heeft haar volledige webadres nodig. {HOW_TO_SET}"]
    parts = urlsplit(site_url)
    host = (parts.hostname or "").lower()
    errors = []
    if parts.scheme != "https":
        errors.append(f"site_url moet met https:// beginnen; gevonden: '{site_url}'. {HOW_TO_SET}")
    if (not host or host in RESERVED_HOSTS or host.endswith(RESERVED_SUFFIXES)
            or host.removeprefix("www.") in RESERVED_HOSTS):
        errors.append(f"site_url is een voorbeeldadres ('{site_url}'): de QR-codes op drukwerk, de canonieke adressen, "
                      f"de feed en de open data zouden nergens naartoe wijzen. {HOW_TO_SET}")
    return errors
