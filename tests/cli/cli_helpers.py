"""Running a command as a user would (pytest puts this folder on the import path)."""

from __future__ import annotations

from feedback_app.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    """Run ``feedback-app ARGS``; (exit code, stdout, stderr)."""
    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def demo_folder(tmp_path_factory, name: str, responses: int, sessions: int = 2):
    """A data folder holding ``responses`` demo responses (for module-scoped fixtures)."""
    from feedback_app.services import Services

    data = tmp_path_factory.mktemp(name) / "data"
    with Services(data) as services:
        services.responses.generate_demo(responses, sessions=sessions)
    return data
