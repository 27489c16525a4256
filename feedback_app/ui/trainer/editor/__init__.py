"""The trainer's questionnaire editor: list and duplicate questionnaires, edit, preview, save."""

from __future__ import annotations

from .editor_dialog import QuestionnaireEditor
from .list_dialog import QuestionnaireListDialog

__all__ = ["QuestionnaireEditor", "QuestionnaireListDialog"]
