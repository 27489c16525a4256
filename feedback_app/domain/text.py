"""Cleaning text that people type: what is kept is what they meant to write."""

from __future__ import annotations

import unicodedata

#: A free-text answer without its own max_length keeps at most this many characters.
MAX_ANSWER_LENGTH = 5_000


def clean_line(text: str) -> str:
    """One line of text (a title, a name): control characters, line breaks included, become
    spaces, runs of spaces one, and the ends are trimmed."""
    kept = "".join(" " if _is_control(c) else c for c in text)
    return " ".join(kept.split())


def clean_answer(text: str) -> str:
    """A free-text answer: line breaks and tabs stay, other control characters go, and the
    ends are trimmed."""
    kept = "".join(c for c in text.replace("\r\n", "\n") if c in "\n\t" or not _is_control(c))
    return kept.strip()


def _is_control(character: str) -> bool:
    return unicodedata.category(character) in ("Cc", "Cs")  # controls, lone surrogates
