"""`enabled: false` for our plugins, as Material's plugins have it: every event becomes a no-op.

Written once here instead of an `if not self.config.enabled` line in every event: a subclass's
`on_*` methods are wrapped when the class is made (their event priorities are kept).
"""

from __future__ import annotations

import functools
from typing import Any, Generic, TypeVar

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.plugins import BasePlugin


class SwitchableConfig(Config):
    enabled = c.Type(bool, default=True)
    """Turns the plugin off (for a quick preview, or to compare builds); default: on."""


PluginConfig = TypeVar("PluginConfig", bound=SwitchableConfig)


# Generic[...] for the type checker only: at run time MkDocs' own BasePlugin.__class_getitem__ makes
# `SwitchablePlugin[MyConfig]` a subclass with that config_class.
class SwitchablePlugin(BasePlugin, Generic[PluginConfig]):
    """A plugin whose events all do nothing while its `enabled` option is false; subclass it as
    `SwitchablePlugin[MyConfig]` with a config that extends SwitchableConfig."""

    config: PluginConfig

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, method in list(vars(cls).items()):
            if name.startswith("on_") and callable(method):
                setattr(cls, name, _when_enabled(method))


def _when_enabled(method):
    @functools.wraps(method)  # keeps mkdocs_priority, set by @event_priority
    def event(self, *args, **kwargs):
        if not self.config.enabled:
            return None  # MkDocs keeps the item as it was
        return method(self, *args, **kwargs)

    return event
