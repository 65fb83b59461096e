"""crossbrief: one brief a reader can trust, from many outlets' reports of the same story."""

from __future__ import annotations

__version__ = "0.1.0"
