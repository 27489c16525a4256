"""Cleaning text that people type: what is kept is what they meant to write."""

from __future__ import annotations

import re

#: A free-text answer without its own max_length keeps at most this many characters.
MAX_ANSWER_LENGTH = 5_000


#: The characters of Unicode's categories Cc (controls) and Cs (lone surrogates).
_CONTROLS = "\x00-\x1f\x7f-\x9f\ud800-\udfff"
_CONTROL = re.compile(f"[{_CONTROLS}]")
_CONTROL_BUT_BREAKS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_line(text: str) -> str:
    """One line of text (a title, a name): control characters, line breaks included, become
    spaces, runs of spaces one, and the ends are trimmed."""
    return " ".join(_CONTROL.sub(" ", text).split())


def clean_answer(text: str) -> str:
    """A free-text answer: line breaks and tabs stay, other control characters go, and the
    ends are trimmed."""
    return _CONTROL_BUT_BREAKS.sub("", text.replace("\r\n", "\n")).strip()
