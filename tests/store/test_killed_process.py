"""A process killed while it stores responses loses nothing it had confirmed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from feedback_app.store import Store

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from feedback_app.store import Store
    store = Store(Path(sys.argv[1]))
    session = store.default_session("Koulutus")
    q = store.questionnaires.get(session.questionnaire_id, session.questionnaire_version)
    answers = {qid: 4 for qid in ("interesting", "practical", "understandable", "necessary",
               "identify_victims", "know_whom_to_consult", "overall")}
    answers["improve"] = "Lisää harjoituksia"
    while True:
        print(store.responses.submit(session.id, q, "fi", answers), flush=True)
    """
)


def test_kill_during_submits_keeps_every_confirmed_response(data_dir):
    Store(data_dir).close()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir)], stdout=subprocess.PIPE, text=True
    )
    confirmed = [child.stdout.readline().strip() for _ in range(25)]
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    store = Store(data_dir)
    stored = {r[0] for r in store.db.execute("SELECT id FROM responses").fetchall()}
    assert set(confirmed) <= stored
    # Every stored response is whole: 8 answer rows each, and the counts agree.
    per_response = store.db.execute("SELECT count(*) FROM answers GROUP BY response_id").fetchall()
    assert per_response and {n for (n,) in per_response} == {8}
    assert len(per_response) == len(stored)
    counted = store.db.execute("SELECT sum(n) FROM response_counts").fetchone()[0]
    assert counted == len(stored)
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()
