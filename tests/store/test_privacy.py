"""Nothing in the database file tells in which order people answered (docs/privacy.md).

Responses are submitted in a known order, as participants at one kiosk would, and the order is
then looked for in the keys, in the order of the answer rows, and in where each comment lies in
the file once the session is closed. Kendall's tau between the submission order and each of
these must stay near zero: under pure chance its standard deviation with 400 responses is about
0.034, so |tau| < 0.15 fails by chance less than once in 10,000 runs.
"""

from __future__ import annotations

from builtin_items import AGREEMENT

from feedback_app.domain.sessions import SessionDraft
from feedback_app.paths import database_path
from feedback_app.services import Services

RESPONSES = 400


def kendall_tau(values: list[float]) -> float:
    """Kendall's tau between positions 0, 1, 2, ... and ``values`` (no ties expected)."""
    n = len(values)
    concordant = discordant = 0
    for i in range(n):
        for j in range(i + 1, n):
            if values[j] > values[i]:
                concordant += 1
            elif values[j] < values[i]:
                discordant += 1
    return (concordant - discordant) / (n * (n - 1) / 2)


def comment(i: int) -> str:
    return (
        f"Palaute {i:04d}: esimerkit olivat hyviä " + "ja käytännöllisiä " * 80 + f"(loppu {i:04d})"
    )


def submit_in_order(services: Services) -> tuple[str, list[str]]:
    session = services.sessions.create(SessionDraft(title="Järjestys", session_date="2026-05-05"))
    builtin = services.questionnaires.builtin()
    ids = []
    for i in range(RESPONSES):
        answers = {qid: 1 + i % 5 for qid in AGREEMENT} | {"overall": 4, "improve": comment(i)}
        ids.append(services.responses.submit(session.id, builtin, "fi", answers))
        services.responses.checkpoint()  # as the kiosk does during the thank-you screen
    return session.id, ids


def test_no_key_row_or_byte_order_follows_the_order_of_submission(data_dir):
    with Services(data_dir) as services:
        session_id, ids = submit_in_order(services)
        db = services.store.db
        key_of = dict(db.execute("SELECT id, rid FROM responses").fetchall())
        keys = [key_of[i] for i in ids]
        rows = [r for (r,) in db.execute("SELECT response_id FROM answers WHERE ordinal = 0")]
        row_position = {rid: n for n, rid in enumerate(rows)}
        services.sessions.close(session_id)
    content = database_path(data_dir).read_bytes()
    # A long comment starts in its row and goes on in overflow pages, which SQLite allocates
    # as the comments arrive: both places are measured.
    starts = [content.find(f"Palaute {i:04d}:".encode()) for i in range(RESPONSES)]
    ends = [content.find(f"(loppu {i:04d})".encode()) for i in range(RESPONSES)]
    assert min(starts) > 0 and min(ends) > 0  # every comment is in the file, once
    assert all(content.count(f"Palaute {i:04d}:".encode()) == 1 for i in range(0, RESPONSES, 37))
    taus = {
        "keys": kendall_tau(keys),
        "answer rows": kendall_tau([row_position[k] for k in keys]),
        "comment starts": kendall_tau(starts),
        "comment ends": kendall_tau(ends),
    }
    assert all(abs(tau) < 0.15 for tau in taus.values()), taus


def test_the_write_ahead_log_is_emptied_after_each_submit(data_dir):
    with Services(data_dir) as services:
        submit_in_order_few(services, 3)
        wal = data_dir / "feedback.db-wal"
        assert not wal.exists() or wal.stat().st_size == 0


def submit_in_order_few(services: Services, count: int) -> None:
    session = services.sessions.create(SessionDraft(title="Loki", session_date="2026-05-06"))
    builtin = services.questionnaires.builtin()
    for i in range(count):
        answers = {qid: 3 for qid in AGREEMENT} | {"overall": 4, "improve": comment(i)}
        services.responses.submit(session.id, builtin, "fi", answers)
        services.responses.checkpoint()


def test_deleted_answers_leave_no_trace_in_the_file(data_dir):
    with Services(data_dir) as services:
        session_id, _ = submit_in_order(services)
        services.sessions.delete(session_id)
        services.responses.checkpoint()
    content = database_path(data_dir).read_bytes()
    assert b"Palaute 0" not in content
