"""The kiosk's first question page read over AT-SPI, which is what the Orca screen reader hears
on Linux: the kiosk runs in a process of its own on a virtual X display with the accessibility
bus, and pyatspi (the system's Python) presses "Svenska" and reads the page.

Needs Xvfb, dbus-launch, at-spi2-core and python3-pyatspi (Debian: ``apt-get install xvfb
dbus-x11 at-spi2-core python3-pyatspi libxcb-cursor0``); without them the test is skipped.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

#: Debian's python3-pyatspi lives in the system's Python, not in the test's environment.
SYSTEM_PYTHON = "/usr/bin/python3"

READER = r"""
import json, sys, time
import pyatspi
from gi.repository import GLib

pid = int(sys.argv[1])


def application():
    end = time.time() + 60
    while time.time() < end:
        for app in pyatspi.Registry.getDesktop(0):
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:
                pass
        time.sleep(0.3)
    raise SystemExit("the kiosk never appeared on the accessibility bus")


def nodes(node, parent=None, out=None):
    out = [] if out is None else out
    try:
        entry = {
            "role": node.getRoleName(),
            "name": node.name,
            "description": node.description,
            "states": [pyatspi.stateToString(s) for s in node.getState().getStates()],
            "parent": parent,
        }
    except Exception:
        return out
    out.append(entry)
    index = len(out) - 1
    for child in node:
        if child is not None:
            nodes(child, index, out)
    return out


app = application()
button = None
end = time.time() + 60
while button is None and time.time() < end:
    for found in pyatspi.findAllDescendants(app, lambda a: a.getRoleName() == "push button"):
        if found.name == "Börja på svenska":
            button = found
    time.sleep(0.3)
if button is None:
    raise SystemExit("no button to start in Swedish")
heard = []


def hear(event):
    heard.append([event.type, str(event.any_data) if event.type.startswith("object:ann") else "",
                  getattr(event.source, "name", "")])


for kind in ("object:announcement", "focus:"):
    pyatspi.Registry.registerEventListener(hear, kind)
GLib.timeout_add(300, lambda: button.queryAction().doAction(0) and False)
GLib.timeout_add(4000, lambda: pyatspi.Registry.stop() or False)
pyatspi.Registry.start()
print(json.dumps({"nodes": nodes(app), "heard": heard, "locale": app.get_object_locale()}))
"""


def _missing() -> str | None:
    """Why the test cannot run here, or None."""
    if not sys.platform.startswith("linux"):
        return "AT-SPI is the Linux accessibility bus"
    for tool, package in (("Xvfb", "xvfb"), ("dbus-launch", "dbus-x11")):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian: {package})"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists() and not shutil.which(
        "at-spi-bus-launcher"
    ):
        return "at-spi2-core is not installed"
    if not Path(SYSTEM_PYTHON).exists():
        return f"no system Python at {SYSTEM_PYTHON} for pyatspi"
    check = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if check.returncode != 0:
        return "pyatspi is not installed (Debian: python3-pyatspi)"
    return None


@pytest.fixture
def desktop(tmp_path):
    """A virtual X display and a session bus of its own: the environment to run in."""
    reason = _missing()
    if reason:
        pytest.skip(reason)
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as reply:
        display = ":" + reply.readline().strip()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_"))}
    env.update(DISPLAY=display, XDG_RUNTIME_DIR=str(tmp_path))
    launched = subprocess.run(
        ["dbus-launch", "--sh-syntax"], env=env, capture_output=True, text=True, check=True
    )
    bus_pid = None
    for line in launched.stdout.splitlines():
        key, _, value = line.partition("=")
        value = value.rstrip(";").strip("'")
        if key == "DBUS_SESSION_BUS_ADDRESS":
            env[key] = value
        elif key == "DBUS_SESSION_BUS_PID":
            bus_pid = int(value)
    window_manager = None
    if shutil.which("openbox"):  # gives the kiosk the keyboard focus, as on a desktop
        window_manager = subprocess.Popen(
            ["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
    try:
        yield env
    finally:
        if window_manager is not None:
            window_manager.terminate()
            window_manager.wait(10)
        if bus_pid is not None:
            os.kill(bus_pid, signal.SIGTERM)
        xvfb.terminate()
        xvfb.wait(10)


def read_first_page(env: dict[str, str], data_dir: Path) -> dict:
    """Start the kiosk, let pyatspi press "Svenska", and return what it read and heard."""
    kiosk_env = dict(env, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "feedback_app", "--data-dir", str(data_dir), "kiosk"],
        env=kiosk_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        time.sleep(1)
        if kiosk.poll() is not None:
            pytest.fail("the kiosk did not start: " + (kiosk.stdout.read() if kiosk.stdout else ""))
        reader = subprocess.run(
            [SYSTEM_PYTHON, "-c", READER, str(kiosk.pid)],
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert reader.returncode == 0, reader.stderr[-2000:]
        return json.loads(reader.stdout.strip().splitlines()[-1])
    finally:
        kiosk.terminate()
        try:
            kiosk.wait(15)
        except subprocess.TimeoutExpired:
            kiosk.kill()
            kiosk.wait(5)


def test_the_first_question_page_read_over_at_spi(desktop, data_dir):
    read = read_first_page(desktop, data_dir)
    nodes = read["nodes"]
    shown = [n for n in nodes if "showing" in n["states"]]
    points = [n for n in shown if n["role"] == "radio button"]
    assert [n["name"] for n in points][:2] == ["1 Helt av annan åsikt", "2 Delvis av annan åsikt"]
    assert len(points) == 6  # five points and "Kan inte säga"
    assert points[-1]["name"] == "Kan inte säga"
    assert [n["description"] for n in points[:5]] == [f"{i} av 5" for i in range(1, 6)]
    assert all("checkable" in n["states"] for n in points)
    groups = {n["parent"] for n in points}
    assert len(groups) == 1
    group = nodes[groups.pop()]
    assert (group["role"], group["name"]) == ("panel", "Utbildningen var intressant.")
    assert [n for n in shown if n["role"] == "check box"] == []
    bars = [n for n in shown if n["role"] == "progress bar"]
    assert [n["name"] for n in bars] == ["Fråga 1 av 9"]
    announced = [text for kind, text, _source in read["heard"] if kind == "object:announcement"]
    assert "Fråga 1 av 9. Utbildningen var intressant." in announced
    assert read["locale"].startswith("sv")  # the language to speak in follows the participant
