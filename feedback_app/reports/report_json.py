"""The JSON report: a list of objects, one per (group, question), for other programs.

Field by field in ``docs/statistics.md`` ("The report command"). Numbers are rounded as every
output shows them; withheld statistics are ``null``, never left out, so a reader sees that a
value exists but is not shown.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from .aggregate import QuestionResult


def report_rows(results: Sequence[QuestionResult], language: str) -> list[dict[str, object]]:
    return [result.to_dict(language) for result in results]


def render_json(results: Sequence[QuestionResult], language: str = "en") -> str:
    """The report as UTF-8-ready JSON text (ä, ö and å kept as they are), ending in a newline."""
    return json.dumps(report_rows(results, language), ensure_ascii=False, indent=2) + "\n"
