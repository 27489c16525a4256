"""The plain records and constants that screens and commands use from the layers below.

They are read-only data (dataclasses, enums, tuples of names): importing them from here keeps
``ui`` and ``cli`` away from the store's and the reports' modules, which hold the actions.
"""

from __future__ import annotations

from ..domain.questionnaire import QuestionnaireError
from ..reports.aggregate import Comments, QuestionResult
from ..reports.export_rows import ExportSummary
from ..reports.output import Cancelled, OutputError
from ..store.aggregates import GROUPINGS, Filters
from ..store.audit import ACTIONS as AUDIT_ACTIONS
from ..store.audit import AuditEntry, AuditProblem
from ..store.backups import KEEP_BEFORE_DELETION_DAYS, BackupSummary
from ..store.bundles.merge import Conflict, ImportPlan
from ..store.bundles.writer import Selection as BundleSelection
from ..store.counts import CountDifference
from ..store.pin import PinCheck, PinOutcome
from ..store.questionnaires import BUILTIN_ID, QuestionnaireInfo, SaveResult
from ..store.retention import DeletionCount
from ..store.sessions import Session
from ..store.settings import DEFAULTS as SETTING_DEFAULTS
from ..store.settings import RANGES as SETTING_RANGES
from .backups import BackupInfo, RestoreResult
from .bundles import BundleExport, ImportedBundle, Laptop
from .questionnaire_files import FORMATS as QUESTIONNAIRE_FORMATS
from .questionnaire_files import LoadedQuestionnaire, QuestionnaireFileError
from .questionnaires import SavedQuestionnaire
from .retention import Deletion, DeletionResult
from .review import COMPARISONS, CommentPage, FilterChoices, Headline, Overview

__all__ = [
    "AUDIT_ACTIONS",
    "BUILTIN_ID",
    "COMPARISONS",
    "GROUPINGS",
    "KEEP_BEFORE_DELETION_DAYS",
    "QUESTIONNAIRE_FORMATS",
    "SETTING_DEFAULTS",
    "SETTING_RANGES",
    "AuditEntry",
    "AuditProblem",
    "BackupInfo",
    "BackupSummary",
    "BundleExport",
    "BundleSelection",
    "Cancelled",
    "CommentPage",
    "Comments",
    "Conflict",
    "CountDifference",
    "Deletion",
    "DeletionCount",
    "DeletionResult",
    "ExportSummary",
    "FilterChoices",
    "Filters",
    "Headline",
    "ImportPlan",
    "ImportedBundle",
    "Laptop",
    "LoadedQuestionnaire",
    "OutputError",
    "Overview",
    "PinCheck",
    "PinOutcome",
    "QuestionResult",
    "QuestionnaireError",
    "QuestionnaireFileError",
    "QuestionnaireInfo",
    "RestoreResult",
    "SaveResult",
    "SavedQuestionnaire",
    "Session",
]
