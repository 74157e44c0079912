"""eventwire's temporal engine: TimeML TIMEX3 recognition and normalization for news.

- ``find_timexes(doc, published)``: the time expressions of a parsed spaCy doc;
- ``value_range(value, end_value, mod)``: a TIMEX3 value as the contract's
  ``(start, end, granularity)``.
"""

from .engine import find_timexes
from .values import value_range

__all__ = ["find_timexes", "value_range"]
