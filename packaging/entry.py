"""The built application's entry point: the same as ``python -m feedback_app``."""

from feedback_app.cli import main

main()
