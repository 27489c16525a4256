"""The layers: ``ui, cli -> services -> reports -> store -> domain``.

domain, store, reports and services never import Qt (they import with PySide6 blocked), and the
CLI and the screens reach the layers below only through the services.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "feedback_app"

#: What ``cli`` and ``ui`` may import from the layers below the services: the store's errors
#: (a screen must tell a full disk from a locked database). Records and constants they need
#: come through ``feedback_app.services.types``.
ALLOWED_BELOW = {"feedback_app.store.errors"}
BELOW = ("feedback_app.store", "feedback_app.reports")


def test_core_layers_import_without_qt():
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys

        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError("Qt is blocked: " + name)
                return None

        sys.meta_path.insert(0, Block())
        import feedback_app
        for layer in ("domain", "store", "reports", "services"):
            package = importlib.import_module("feedback_app." + layer)
            for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
                importlib.import_module(info.name)
        import feedback_app.paths
        assert not any(m.startswith("PySide6") for m in sys.modules)
        print("ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def package_of(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])


def imported_modules(source: str, package: str) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in a module of ``package``, including
    the names imported from a package (``from ..store import Store`` -> feedback_app.store.Store).
    """
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parent = ".".join(parts[: len(parts) - node.level + 1])
                base = f"{parent}.{base}" if base else parent
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def reaches_below(module: str) -> bool:
    if any(module == a or module.startswith(a + ".") for a in ALLOWED_BELOW):
        return False
    if module in ("feedback_app.store", "feedback_app.reports"):
        return False  # the package itself, named as the base of "from ..store import X"
    return any(module == b or module.startswith(b + ".") for b in BELOW)


def test_cli_and_ui_go_through_the_services():
    modules = [
        *(PACKAGE / "cli").rglob("*.py"),
        *(PACKAGE / "ui").rglob("*.py"),
        PACKAGE / "app.py",
    ]
    offences = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}"
        for path in modules
        for line, module in imported_modules(path.read_text(encoding="utf-8"), package_of(path))
        if reaches_below(module)
    ]
    assert offences == []


def test_the_architecture_test_sees_a_reach_past_the_services():
    """The check itself: a screen importing a repository or a report writer is caught."""
    probe = (
        "from ...store import Store\n"
        "from ...store.errors import StoreError\n"
        "from ...reports.aggregate import report\n"
        "from ...services.types import Session\n"
        "import feedback_app.store.sessions\n"
    )
    names = [m for _, m in imported_modules(probe, "feedback_app.ui.trainer") if reaches_below(m)]
    assert names == [
        "feedback_app.store.Store",
        "feedback_app.reports.aggregate",
        "feedback_app.reports.aggregate.report",
        "feedback_app.store.sessions",
    ]
