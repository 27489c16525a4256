"""The question ids of the built-in questionnaire that the tests answer (issue 2 names them).

Kept in one place; pytest puts this folder on the import path, so any test imports it by name.
"""

from __future__ import annotations

AGREEMENT = (
    "interesting",
    "practical",
    "understandable",
    "necessary",
    "identify_victims",
    "know_whom_to_consult",
)
"""The six agreement items, 1-5 with "cannot say", in questionnaire order."""

BUILTIN_IDS = (*AGREEMENT, "overall", "most_useful", "improve")
"""Every question of the built-in questionnaire, in order."""
