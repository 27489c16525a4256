"""Fill a database quickly with many synthetic completed responses, for benchmarks.

Rows are written with plain executemany in large transactions and the count tables are then
rebuilt from the answers, which is what the submit path keeps up to date one response at a time.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from pathlib import Path

from feedback_app.domain.sessions import SessionDraft
from feedback_app.store import Store

AGREEMENT = (
    "interesting",
    "practical",
    "understandable",
    "necessary",
    "identify_victims",
    "know_whom_to_consult",
)
ORGANISATIONS = ("Lapin poliisilaitos", "Helsingin poliisilaitos", "Raja- ja merivartiokoulu")


def fill(data_dir: Path, responses: int, *, sessions: int = 200, seed: int = 1) -> Path:
    """Create ``data_dir/feedback.db`` holding ``responses`` completed responses."""
    rng = random.Random(seed)
    store = Store(data_dir)
    q = store.questionnaires.latest("ihme-feedback")
    start = date(2025, 1, 1)
    session_ids = [
        store.sessions.create(
            SessionDraft(
                title=f"Koulutus {i + 1}",
                session_date=(start + timedelta(days=i % 600)).isoformat(),
                organisation=ORGANISATIONS[i % len(ORGANISATIONS)],
                audience="police_officers",
            ),
            q.id,
            q.version,
        ).id
        for i in range(sessions)
    ]
    conn = store.db.conn
    conn.execute("PRAGMA synchronous = OFF")
    batch = 50_000
    rid = 0
    for first in range(0, responses, batch):
        response_rows, answer_rows = [], []
        for _ in range(min(batch, responses - first)):
            rid += 1
            session_id = session_ids[rng.randrange(sessions)]
            language = rng.choice(("fi", "fi", "fi", "sv", "en"))
            response_rows.append(
                (
                    rid,
                    str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    session_id,
                    q.id,
                    q.version,
                    language,
                    "2025-06-01",
                    1,
                )
            )
            for qid in AGREEMENT:
                value = None if rng.random() < 0.05 else float(rng.choice((2, 3, 4, 4, 5, 5)))
                answer_rows.append((rid, qid, value, None))
            answer_rows.append((rid, "overall", float(rng.choice((3, 4, 4, 5))), None))
            if rng.random() < 0.3:
                answer_rows.append((rid, "most_useful", None, "Käytännön esimerkit"))
        with store.db.atomic():
            conn.executemany("INSERT INTO responses VALUES (?, ?, ?, ?, ?, ?, ?, ?)", response_rows)
            conn.executemany(
                "INSERT INTO answers (response_id, question_id, value_num, value_text) "
                "VALUES (?, ?, ?, ?)",
                answer_rows,
            )
    rebuild_counts(store)
    store.close()
    return data_dir / "feedback.db"


def rebuild_counts(store: Store) -> None:
    with store.db.atomic():
        store.db.execute("DELETE FROM answer_counts")
        store.db.execute("DELETE FROM response_counts")
        store.db.execute(
            """
            INSERT INTO response_counts
            SELECT session_id, language, questionnaire_id, questionnaire_version, count(*)
            FROM responses WHERE completed = 1 GROUP BY 1, 2, 3, 4
            """
        )
        store.db.execute(
            """
            INSERT INTO answer_counts
            SELECT r.session_id, r.language, r.questionnaire_id, r.questionnaire_version,
                   a.question_id, CASE WHEN a.value_num IS NULL THEN 'missing' ELSE 'num' END,
                   coalesce(a.value_num, 0), '', count(*)
            FROM answers a JOIN responses r ON r.rid = a.response_id
            WHERE r.completed = 1 AND a.value_text IS NULL
            GROUP BY 1, 2, 3, 4, 5, 6, 7
            """
        )
