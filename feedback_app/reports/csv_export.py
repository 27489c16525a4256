"""CSV export: one row per response, UTF-8 with BOM, and a codebook CSV beside it.

Written for spreadsheets: the byte order mark makes Excel read ä, ö and å correctly, scale
answers are plain whole numbers, and text that a spreadsheet would run as a formula is
neutralised. The rows are formatted here from the wide rows SQLite hands over, with the parts
that repeat (a session's columns, a combination of scale answers) formatted once and reused.
"""

from __future__ import annotations

import csv
import functools
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..domain.questionnaire import CANNOT_SAY
from ..store import Store
from ..store.aggregates import Filters
from .codebook import CODEBOOK_COLUMNS, codebook_rows
from .export_columns import Part
from .export_query import JOINED_RESPONSE_COLUMNS, wide_rows
from .export_rows import (
    FORMULA_STARTS,
    ExportSummary,
    Progress,
    Selection,
    neutralise,
    select,
)
from .output import atomic_output, check_output_path

_SLICE_CODES = 50_000


def codebook_path(path: Path) -> Path:
    """``results.csv`` -> ``results.codebook.csv``, beside it."""
    path = Path(path)
    stem = path.stem if path.suffix.lower() == ".csv" else path.name
    return path.with_name(f"{stem}.codebook.csv")


def export_csv(
    store: Store,
    filters: Filters,
    path: Path,
    *,
    force: bool = False,
    progress: Progress | None = None,
    rng: random.Random | None = None,
    include_incomplete: bool = False,
) -> ExportSummary:
    """Write the selected responses to ``path`` and the codebook beside it: both or neither."""
    path, codebook = Path(path), codebook_path(path)
    check_output_path(path, force=force)
    check_output_path(codebook, force=force)
    selection = select(store, filters, include_incomplete)
    with (
        atomic_output(path, force=force) as rows_file,
        atomic_output(codebook, force=force) as codebook_file,
    ):
        with open(codebook_file, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(CODEBOOK_COLUMNS)
            writer.writerows(
                [[neutralise(cell) for cell in row] for row in codebook_rows(selection.columns)]
            )
        written = _write_rows(store, selection, rows_file, rng, progress)
    return ExportSummary(written, path, codebook)


def _write_rows(
    store: Store,
    selection: Selection,
    target: Path,
    rng: random.Random | None,
    progress: Progress | None,
) -> int:
    lines = _lines_function(selection.parts, _Heads(store, "," if selection.parts else ""))
    written = 0
    with open(target, "w", encoding="utf-8-sig", newline="") as f:
        f.write(",".join(selection.header) + "\r\n")
        for rows in wide_rows(
            store,
            selection,
            rng=rng,
            progress=progress,
            dates=False,
            response_columns=JOINED_RESPONSE_COLUMNS,
        ):
            f.write(lines(rows))
            written += len(rows)
    return written


def _lines_function(parts: list[Part], heads: _Heads) -> Callable[[list[tuple]], str]:
    """A function that turns a batch of wide rows into CSV lines.

    It is written out for the parts at hand (and compiled once per export): unpacking each row
    into names and formatting it with one f-string is twice as fast as a loop over the parts,
    and this loop runs once per response.
    """
    namespace: dict[str, Any] = {"memo_get": heads.memo.get, "make": heads.make}
    cells = []
    for i, part in enumerate(parts):
        if part.kind == "packed":
            cells += _packed_cells(part, f"v{i}", f"p{i}_", namespace)
        else:
            namespace[f"f{i}"] = csv_number if part.kind == "number" else csv_text
            cells.append(f"{{'' if v{i} is None else f{i}(v{i})}}")
    values = "".join(f"v{i}, " for i in range(len(parts)))
    source = (
        "def lines(rows):\n"
        "    out = []\n"
        "    append = out.append\n"
        f"    for rid, key, {values}in rows:\n"
        "        head = memo_get(key) or make(key)\n"
        f'        append(f"{{rid}},{{head}}{",".join(cells)}\\r\\n")\n'
        "    return ''.join(out)\n"
    )
    exec(source, namespace)  # our own source text, built from the number of parts only
    return namespace["lines"]


def _packed_cells(part: Part, value: str, prefix: str, namespace: dict[str, Any]) -> list[str]:
    """Expressions for the cells of a packed run of scale columns.

    The run's code is cut into slices of a few columns whose cells are formatted once per
    combination of answers and looked up after that: a slice has at most _SLICE_CODES
    combinations, so the lookups hit almost always however varied the answers are.
    """
    expressions = []
    for j, (first, last) in enumerate(part.slices(_SLICE_CODES)):
        divisor, modulus = part.multipliers[first], 1
        for base in part.bases[first:last]:
            modulus *= base
        code = f"({value} or 0) // {divisor} % {modulus}"
        memo: dict[int, str] = {}
        namespace[f"{prefix}{j}"] = memo.get
        namespace[f"{prefix}{j}_make"] = functools.partial(_slice_cells, part, first, last, memo)
        expressions.append(f"{{{prefix}{j}({code}) or {prefix}{j}_make({code})}}")
    return expressions


def _slice_cells(part: Part, first: int, last: int, memo: dict[int, str], code: int) -> str:
    answers = part.decode(code * part.multipliers[first])[first:last]
    cells = memo[code] = ",".join("" if a is None or a is CANNOT_SAY else str(a) for a in answers)
    return cells


class _Heads:
    """The columns from session_id to completed, formatted once per session and language."""

    def __init__(self, store: Store, suffix: str):
        self._suffix = suffix
        self.memo: dict[str, str] = {}
        self._sessions = {
            sid: (title, organisation, audience, day)
            for sid, title, organisation, audience, day in store.db.execute(
                "SELECT id, title, organisation, audience, session_date FROM sessions"
            )
        }

    def make(self, key: str) -> str:
        """``key`` is "session id,questionnaire id,version,language,completed"."""
        sid, qid, version, language, completed = key.split(",")
        title, organisation, audience, day = self._sessions.get(sid, ("", "", "", ""))
        cells = [sid, title, organisation, audience, day, qid, version, language, completed]
        head = ",".join(csv_text(str(cell)) for cell in cells)
        self.memo[key] = head = head + self._suffix
        return head


def csv_text(text: str) -> str:
    """A text cell: neutralised against formulas, quoted when it holds , " or a line break."""
    if text and text[0] in FORMULA_STARTS:
        text = "'" + text
    if "," in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_number(value: float) -> str:
    """Whole numbers without ".0" (a likert 4 is "4", not "4.0")."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return repr(value)
