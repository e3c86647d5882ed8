"""MkDocs hook: a publication build (LEERPUNT_PUBLICATIE=1) stops before anything is built when
site_url is a placeholder or not https (see leerpunt.publishing)."""

import os

from mkdocs.exceptions import PluginError

from leerpunt.publishing import is_publication, publication_errors


def on_config(config):
    """Refuse a publication build without the site's real address."""
    if is_publication(os.environ):
        errors = publication_errors(config.site_url)
        if errors:
            raise PluginError("Publicatie gestopt: " + " ".join(errors))
    return config
