"""A process killed at any moment while it stores responses loses nothing it had confirmed,
and leaves a sound file. The normal suite kills 30 times; ``--long`` kills 500 times."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

from long_run import KILLS

from feedback_app.services import Services

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from feedback_app.services import Services, KioskService
    services = Services(Path(sys.argv[1]))
    session = services.sessions.default_session("Koulutus")
    kiosk = KioskService.for_session(services, session.id)  # the kiosk's own submit path
    answers = {qid: 4 for qid in ("interesting", "practical", "understandable", "necessary",
               "identify_victims", "know_whom_to_consult", "overall")}
    answers["improve"] = "Lisää harjoituksia " * 60  # long enough for pages of its own
    print("ready", flush=True)
    while True:
        print(kiosk.submit("fi", answers), flush=True)
        kiosk.tidy_up()
    """
)
ANSWER_ROWS = 8


def test_random_kills_during_submits_keep_every_confirmed_response(data_dir):
    Services(data_dir).close()
    rng = random.Random(2026)
    confirmed: set[str] = set()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(data_dir)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout.readline().strip() == "ready"
        for _ in range(rng.randrange(0, 4)):
            confirmed.add(child.stdout.readline().strip())
        time.sleep(rng.random() * 0.02)  # somewhere inside the next submits
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
        with Services(data_dir) as services:  # opening checks the file (quick_check)
            db = services.store.db
            stored = {r[0] for r in db.execute("SELECT id FROM responses").fetchall()}
            assert confirmed <= stored
            per_response = db.execute(
                "SELECT count(*) FROM answers GROUP BY response_id"
            ).fetchall()
            assert {n for (n,) in per_response} <= {ANSWER_ROWS}  # every response is whole
            assert len(per_response) == len(stored)
            assert services.checks.count_differences() == []
            assert services.checks.integrity() == []
    assert len(confirmed) > KILLS / 2  # the kills did land among submits
