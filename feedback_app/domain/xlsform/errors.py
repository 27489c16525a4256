"""The error every XLSForm refusal raises."""

from __future__ import annotations

from ..questionnaire import QuestionnaireError


class XLSFormError(QuestionnaireError):
    """An .xlsx file is not a form we can import; each error names sheet, row and reason."""


class XLSFormExportError(QuestionnaireError):
    """A questionnaire cannot be written as an XLSForm; each error names the question."""
