"""How hard the tests that draw random cases try: a bounded number in the normal suite, many
more in the long run (``python -m pytest --long``, or FEEDBACK_APP_LONG_TESTS=1), which takes
an hour or so and is meant for before a release."""

from __future__ import annotations

import os

LONG = os.environ.get("FEEDBACK_APP_LONG_TESTS") == "1"


def examples(normal: int) -> int:
    """Hypothesis examples for a test that tries ``normal`` of them in the normal suite."""
    return normal * 25 if LONG else normal


#: Processes killed at random moments while they submit.
KILLS = 500 if LONG else 30
