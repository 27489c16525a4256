"""The error every XLSForm refusal raises."""

from __future__ import annotations

from ..questionnaire import QuestionnaireError


class XLSFormError(QuestionnaireError):
    """An .xlsx file is not a form we can import; each error names sheet, row and reason."""
