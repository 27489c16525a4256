"""domain, store and reports never import Qt: they import with PySide6 blocked."""

from __future__ import annotations

import subprocess
import sys
import textwrap


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
        for layer in ("domain", "store", "reports"):
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
