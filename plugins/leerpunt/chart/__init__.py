"""The impact-versus-cost chart of a toolkit (static SVG) and its table alternative."""

from .reuse import remember_charts, toolkit_chart
from .rows import chart_rows
from .svg import READABLE_WIDTH_PX, accessible_name, impact_cost_chart
from .table import chart_table

__all__ = ["READABLE_WIDTH_PX", "accessible_name", "chart_rows", "chart_table", "impact_cost_chart", "remember_charts",
           "toolkit_chart"]
