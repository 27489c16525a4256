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
    for first in range(0, responses, batch):
        response_rows, answer_rows = [], []
        for _ in range(min(batch, responses - first)):
            rid = rng.getrandbits(63) or 1  # random keys, as the app's (docs/privacy.md)
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
            for ordinal, qid in enumerate(AGREEMENT):
                value = None if rng.random() < 0.05 else float(rng.choice((2, 3, 4, 4, 5, 5)))
                answer_rows.append((rid, ordinal, qid, value, None))
            answer_rows.append((rid, 6, "overall", float(rng.choice((3, 4, 4, 5))), None))
            if rng.random() < 0.3:
                answer_rows.append((rid, 7, "most_useful", None, "Käytännön esimerkit"))
        with store.db.atomic():
            conn.executemany(
                "INSERT INTO responses (rid, id, session_id, questionnaire_id, "
                "questionnaire_version, language, submitted_on, completed) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                response_rows,
            )
            conn.executemany("INSERT INTO answers VALUES (?, ?, ?, ?, ?)", answer_rows)
    with store.db.atomic():
        store.counts.rebuild()  # the count tables' one owner counts what was inserted above
    store.close()
    return data_dir / "feedback.db"
