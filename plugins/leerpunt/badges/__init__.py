"""Evidence badges: impact, cost and evidence strength as accessible HTML, from the one scale."""

from .html import bewijs_badge, compact_badges, figure_tiles, impact_badge, kosten_badge, recommendation_badge

__all__ = ["bewijs_badge", "compact_badges", "figure_tiles", "impact_badge", "kosten_badge", "recommendation_badge"]
