"""Typing slips in XLSForm expressions, found before parsing so the message can say the fix.

Spreadsheets turn straight quotes into curly ones, and people who write code elsewhere type
``&&`` or ``==``. ODK refuses such an expression with a parser error; we refuse it too, but
with the expression as it should be written, so the designer can paste it back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Slip -> what to write instead, outside quoted strings.
_OPERATORS = {
    "&&": " and ", "||": " or ", "==": "=", "<>": "!=", "=>": ">=", "=<": "<=",
    "≠": "!=", "≥": ">=", "≤": "<=", "–": "-", "—": "-", "−": "-",
}  # fmt: skip
_OPENING = {"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"'}
_CLOSING = {"'": "‘’‚‛", '"': "“”„‟"}
_WORDS = re.compile(
    r"(?<![\w${.-])(and|or|not|selected|count-selected|string-length)(?![\w}.-])", re.I
)
_BARE_DOLLAR = re.compile(
    r"\$\s*(?:\{\s*)?([A-Za-z_][\w.-]*)(?:\s*\})?|(?<!\$)\{\s*([A-Za-z_][\w.-]*)\s*\}"
)


@dataclass(frozen=True)
class Slips:
    """The slips found in an expression and the expression with all of them corrected."""

    found: tuple[str, ...]
    fixed: str


def find_slips(expression: str) -> Slips:
    """Every slip outside quoted strings, and the expression as it should be written."""
    found: list[str] = []
    out: list[str] = []
    pos = 0
    text = expression.replace("\u00a0", " ")
    while pos < len(text):
        char = text[pos]
        if char in "'\"" or char in _OPENING:
            pos = _string(text, pos, out, found)
            continue
        pair = text[pos : pos + 2]
        if pair in _OPERATORS:
            _note(found, pair)
            out.append(_OPERATORS[pair])
            pos += 2
            continue
        if char in _OPERATORS:
            _note(found, char)
            out.append(_OPERATORS[char])
        else:
            out.append(char)
        pos += 1
    fixed = _fix_words("".join(out), found)
    return Slips(tuple(found), fixed.strip())


def _string(text: str, pos: int, out: list[str], found: list[str]) -> int:
    """Copy the quoted string at ``pos``, straightening its quotes; the position after it."""
    opening = text[pos]
    quote = _OPENING.get(opening, opening)
    if opening != quote:
        _note(found, opening)
    end = text.find(quote, pos + 1)
    curly = [text.find(c, pos + 1) for c in _CLOSING[quote]]
    curly = [i for i in curly if i != -1]
    if opening != quote or end == -1:
        # a string opened by a curly quote ends at the first quote of its kind
        end = min([i for i in [end, *curly] if i != -1], default=-1)
    if end == -1:
        out.append(quote + text[pos + 1 :])
        return len(text)
    if text[end] != quote:
        _note(found, text[end])
    content = text[pos + 1 : end]
    if quote in content:  # 'it’s' straightened needs the other kind of quote around it
        quote = "'" if quote == '"' else '"'
    out.append(quote + content + quote)
    return end + 1


def _fix_words(text: str, found: list[str]) -> str:
    """``AND`` -> ``and``, ``$q`` / ``{q}`` -> ``${q}``, outside quoted strings."""
    parts = re.split(r"('[^']*'|\"[^\"]*\")", text)
    for i in range(0, len(parts), 2):
        parts[i] = _WORDS.sub(lambda m: _lower(m, found), parts[i])
        parts[i] = _BARE_DOLLAR.sub(lambda m: _reference(m, found), parts[i])
        parts[i] = re.sub(r"  +", " ", parts[i])
    return "".join(parts)


def _lower(match: re.Match[str], found: list[str]) -> str:
    word = match[0]
    if word != word.lower():
        _note(found, word)
    return word.lower()


def _reference(match: re.Match[str], found: list[str]) -> str:
    name = match[1] or match[2]
    proper = "${" + name + "}"
    if re.sub(r"\s+", "", match[0]) != proper:
        _note(found, match[0])
    return proper


def _note(found: list[str], slip: str) -> None:
    if slip not in found:
        found.append(slip)


def describe(slips: Slips) -> str:
    """``curly quotes ‘ ’ and ==`` for a message."""
    curly = [s for s in slips.found if s in _OPENING]
    parts = [s.strip() for s in slips.found if s not in _OPENING]
    if curly:
        parts.insert(0, "curly quotes " + " ".join(curly))
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def message(slips: Slips) -> str:
    """What is wrong and the expression as it should be written."""
    verb = "is" if len(slips.found) == 1 else "are"
    return f"{describe(slips)} {verb} not XLSForm; write {slips.fixed}"
