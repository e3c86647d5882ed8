"""The catalogue: every source loaded, validated and typed, once per build."""

from .errors import ContentError
from .loader import Sources, load_catalogue
from .model import Approach, BrokenSource, Catalogue, Guide, Kennisagenda, Toolkit

__all__ = ["Approach", "BrokenSource", "Catalogue", "ContentError", "Guide", "Kennisagenda", "Sources",
           "Toolkit", "load_catalogue"]
