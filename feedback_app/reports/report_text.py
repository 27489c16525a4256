"""The text report: aligned tables a person reads in a terminal or a plain-text file.

Three parts: scale questions (one row per question and group, every statistic), choice
questions (one row per option) and free-text comments. A withheld group shows "fewer than N
responses" where its numbers would be, and its n, so the reader sees why.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from ..domain.questionnaire import pick
from ..domain.sessions import AUDIENCE_NAMES_EN
from ..domain.statistics import (
    PERCENT_DECIMALS,
    STAT_DECIMALS,
    ChoiceStats,
    ScaleStats,
    format_fixed,
)
from .aggregate import Comments, QuestionResult

QUESTION_WIDTH = 40
GROUP_WIDTH = 32
EMPTY = "–"

ResultKey = tuple[str, str, tuple[int, ...]]
"""(questionnaire id, question id, versions): one reported question."""
Labels = dict[ResultKey, str]


@dataclass(frozen=True)
class TextReportHeading:
    """What the report covers: shown above the tables."""

    completed_responses: int
    group_by: str
    minimum_n: int


def render_text(
    results: Sequence[QuestionResult], heading: TextReportHeading, language: str = "en"
) -> str:
    """The whole report as text, question texts in ``language``, ending in a newline."""
    ordered = _question_major(results)
    grouped = heading.group_by != "none"
    withheld = f"fewer than {heading.minimum_n} responses"
    lines = [
        f"Feedback report: {heading.completed_responses} completed responses"
        + (f", grouped by {heading.group_by}" if grouped else ""),
        f"Groups with fewer than {heading.minimum_n} completed responses are withheld.",
    ]
    labels = _question_labels(ordered, language)
    parts = [
        _scale_table(ordered, labels, grouped, withheld),
        _choice_table(ordered, labels, grouped, withheld, language),
        _comments(ordered, labels, grouped, withheld),
    ]
    for part in parts:
        if part:
            lines += ["", *part]
    return "\n".join(lines) + "\n"


def _question_major(results: Sequence[QuestionResult]) -> list[QuestionResult]:
    """Rows of one question together (groups in report order), questions in report order."""
    order: dict[ResultKey, int] = {}
    for result in results:
        order.setdefault(_key(result), len(order))
    return sorted(results, key=lambda r: order[_key(r)])


def _key(result: QuestionResult) -> ResultKey:
    return (result.questionnaire_id, result.question_id, result.versions)


def _question_labels(results: Sequence[QuestionResult], language: str) -> Labels:
    """Question text per reported question; versions named where a question is split."""
    slots: dict[tuple[str, str], set[tuple[int, ...]]] = {}
    for result in results:
        slots.setdefault(_key(result)[:2], set()).add(result.versions)
    labels: Labels = {}
    for result in results:
        text = pick(result.question.text, language, result.question_id)
        if len(slots[_key(result)[:2]]) > 1:
            names = ", ".join(str(v) for v in result.versions)
            text += f" (version{'s' if len(result.versions) > 1 else ''} {names})"
        labels[_key(result)] = text
    return labels


def group_label(group: dict[str, str]) -> str:
    """A group as a reader recognises it: a session by date and title, else its value."""
    if "session" in group:
        return f"{group.get('session_date', '')} {group.get('session_title', '')}".strip()
    if "audience" in group:
        return AUDIENCE_NAMES_EN.get(group["audience"], group["audience"]) or "(none)"
    value = next(iter(group.values()), "")
    return value or "(none)"


def _first_cells(
    result: QuestionResult, previous: QuestionResult | None, labels: Labels, grouped: bool
) -> list[str]:
    same = previous is not None and _key(previous) == _key(result)
    question = "" if same else textwrap.fill(labels[_key(result)], QUESTION_WIDTH)
    cells = [question]
    if grouped:
        cells.append(textwrap.fill(group_label(result.group), GROUP_WIDTH))
    return cells


def _scale_table(
    results: Sequence[QuestionResult], labels: Labels, grouped: bool, withheld: str
) -> list[str]:
    scale = [r for r in results if isinstance(r.stats, ScaleStats)]
    if not scale:
        return []
    with_nps = any(isinstance(r.stats, ScaleStats) and r.stats.nps_applies for r in scale)
    header = ["Question", *(["Group"] if grouped else []), "n", "Missing", "Mean", "SD"]
    header += ["Median", "Top-2 %", "95 % CI", "Bottom-2 %", *(["NPS"] if with_nps else [])]
    rows: list[list[str]] = []
    previous = None
    for result in scale:
        stats = result.stats
        assert isinstance(stats, ScaleStats)
        cells = _first_cells(result, previous, labels, grouped) + [
            str(stats.n),
            str(stats.n_missing),
        ]
        previous = result
        if stats.suppressed:
            rows.append([*cells, withheld])
            continue
        ci = stats.top2_ci
        cells += [
            format_fixed(stats.mean, STAT_DECIMALS, EMPTY),
            format_fixed(stats.sd, STAT_DECIMALS, EMPTY),
            format_fixed(stats.median, STAT_DECIMALS, EMPTY),
            format_fixed(stats.top2_pct, PERCENT_DECIMALS, EMPTY),
            EMPTY
            if ci is None
            else f"{format_fixed(ci[0], PERCENT_DECIMALS)}–{format_fixed(ci[1], PERCENT_DECIMALS)}",
            format_fixed(stats.bottom2_pct, PERCENT_DECIMALS, EMPTY),
        ]
        if with_nps:
            cells.append(format_fixed(stats.nps, PERCENT_DECIMALS, "") if stats.nps_applies else "")
        rows.append(cells)
    first_number = 2 if grouped else 1
    return ["Scale questions", *_table(header, rows, first_number)]


def _choice_table(
    results: Sequence[QuestionResult], labels: Labels, grouped: bool, withheld: str, language: str
) -> list[str]:
    choice = [r for r in results if isinstance(r.stats, ChoiceStats)]
    if not choice:
        return []
    header = ["Question", *(["Group"] if grouped else []), "n", "Missing", "Option", "Count", "%"]
    rows: list[list[str]] = []
    previous = None
    for result in choice:
        stats = result.stats
        assert isinstance(stats, ChoiceStats)
        cells = _first_cells(result, previous, labels, grouped) + [
            str(stats.n),
            str(stats.n_missing),
        ]
        previous = result
        if stats.suppressed or stats.counts is None:
            rows.append([*cells, withheld])
            continue
        blank = [""] * len(cells)
        for index, (code, count) in enumerate(stats.counts.items()):
            percent = None if stats.percents is None else stats.percents[code]
            rows.append(
                [
                    *(cells if index == 0 else blank),
                    result.question.option_label(code, language),
                    str(count),
                    format_fixed(percent, PERCENT_DECIMALS, EMPTY),
                ]
            )
    first_number = 2 if grouped else 1
    return [
        "Choice questions",
        *_table(header, rows, first_number, text_columns={first_number + 2}),
    ]


def _comments(
    results: Sequence[QuestionResult], labels: Labels, grouped: bool, withheld: str
) -> list[str]:
    texts = [r for r in results if isinstance(r.stats, Comments)]
    if not texts:
        return []
    lines = ["Comments (in random order)"]
    for result in texts:
        stats = result.stats
        assert isinstance(stats, Comments)
        title = labels[_key(result)]
        if grouped:
            title += f" — {group_label(result.group)}"
        lines += ["", f"{title} (n = {stats.n})"]
        if stats.comments is None:
            lines.append(f"  withheld: {withheld}")
        elif not stats.comments:
            lines.append("  (no comments)")
        for comment in stats.comments or ():
            body = comment.splitlines() or [""]
            lines.append(f"  - {body[0]}")
            lines += [f"    {line}" for line in body[1:]]
    return lines


def _table(
    header: list[str],
    rows: list[list[str]],
    first_number: int,
    text_columns: set[int] = frozenset(),
) -> list[str]:
    """Aligned columns: text left, numbers right; a short row's last cell (the withheld
    note) runs across the remaining columns; cells may hold several lines."""
    widths = [len(h) for h in header]
    for row in rows:
        full = len(row) == len(header)
        for index, cell in enumerate(row if full else row[:-1]):
            widths[index] = max(widths[index], *(len(line) for line in cell.split("\n")))

    def line(cells: list[str], full: bool) -> str:
        parts = []
        for index, text in enumerate(cells):
            if not full and index == len(cells) - 1:
                parts.append(text)
            elif index >= first_number and index not in text_columns:
                parts.append(text.rjust(widths[index]))
            else:
                parts.append(text.ljust(widths[index]))
        return "  ".join(parts).rstrip()

    out = [line(header, True), "  ".join("-" * w for w in widths)]
    for row in rows:
        split = [cell.split("\n") for cell in row]
        for k in range(max(len(cell) for cell in split)):
            out.append(
                line([cell[k] if k < len(cell) else "" for cell in split], len(row) == len(header))
            )
    return out
