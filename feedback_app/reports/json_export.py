"""JSON export for other programs: sessions, questionnaire definitions and responses.

Written piece by piece (one response at a time), never built as one giant object, so memory
stays flat. Values are kept as they are, with no spreadsheet neutralising: a program reading
the file should see exactly what was answered. "Cannot say" is ``null``; an unanswered question
is left out of ``answers``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any, TextIO

from ..domain.questionnaire import CANNOT_SAY
from ..store import Store
from ..store.aggregates import Filters
from .export_query import wide_rows
from .export_rows import ExportSummary, Progress, Selection, column_values, select
from .output import atomic_output, check_output_path

FORMAT = "feedback-app-export"
FORMAT_VERSION = 1
SEPARATOR = "\x1f"  # between the option codes of a multiple choice, inside the query only
SESSION_FIELDS = (
    "id",
    "title",
    "session_date",
    "organisation",
    "audience",
    "location",
    "default_language",
    "questionnaire_id",
    "questionnaire_version",
)


def export_json(
    store: Store,
    filters: Filters,
    path: Path,
    *,
    force: bool = False,
    progress: Progress | None = None,
    rng: random.Random | None = None,
    include_incomplete: bool = False,
) -> ExportSummary:
    """Write the selected responses, their sessions and questionnaires as one JSON document."""
    path = check_output_path(Path(path), force=force)
    selection = select(store, filters, include_incomplete)
    with atomic_output(path, force=force) as temporary:
        with open(temporary, "w", encoding="utf-8", newline="\n") as f:
            f.write(f'{{"format": "{FORMAT}", "format_version": {FORMAT_VERSION},\n')
            f.write(f' "sessions": {_dumps(_sessions(store, selection))},\n')
            definitions = [q.to_dict() for q in selection.questionnaires]
            f.write(f' "questionnaires": {_dumps(definitions)},\n')
            f.write(' "responses": [')
            written = _responses(f, store, selection, rng, progress)
            f.write("\n ]\n}\n")
    return ExportSummary(written, path)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _sessions(store: Store, selection: Selection) -> list[dict[str, Any]]:
    """The sessions the selected responses belong to (the trainers' names stay behind)."""
    rows = store.db.execute(
        f"SELECT {', '.join(SESSION_FIELDS)} FROM sessions WHERE id IN "
        f"(SELECT DISTINCT r.session_id FROM responses r WHERE {selection.where}) "
        "ORDER BY session_date, id",
        selection.params,
    )
    return [dict(zip(SESSION_FIELDS, row, strict=True)) for row in rows]


def _responses(
    f: TextIO,
    store: Store,
    selection: Selection,
    rng: random.Random | None,
    progress: Progress | None,
) -> int:
    ids = [column.question_id for column in selection.columns]
    written = 0
    rows_of = wide_rows(
        store, selection, rng=rng, progress=progress, separator=SEPARATOR, cannot_say=True
    )
    for rows in rows_of:
        pieces = []
        for rid, sid, qid, version, language, completed, day, *values in rows:
            answers = {
                question: None if value is CANNOT_SAY else value
                for question, value in zip(
                    ids, column_values(selection, tuple(values), SEPARATOR), strict=True
                )
                if value is not None
            }
            record = {
                "id": rid,
                "session_id": sid,
                "questionnaire_id": qid,
                "questionnaire_version": version,
                "language": language,
                "submitted_on": day,
                "completed": bool(completed),
                "answers": answers,
            }
            pieces.append(("\n  " if written == 0 and not pieces else ",\n  ") + _dumps(record))
        f.write("".join(pieces))
        written += len(rows)
    return written
