"""Evidence badges: impact, cost and evidence strength as accessible HTML, from the one scale."""

from .html import (
    approach_badges,
    bewijs_badge,
    compact_badges,
    figure_tiles,
    impact_badge,
    kosten_badge,
    recommendation_badge,
)

__all__ = ["approach_badges", "bewijs_badge", "compact_badges", "figure_tiles", "impact_badge", "kosten_badge",
           "recommendation_badge"]
