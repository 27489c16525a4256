"""A small questionnaire with every kind of answer the counts distinguish: a scale with
"cannot say", a multiple and a single choice, and free text (pytest puts this folder on the
import path, so any test imports it by name)."""

from __future__ import annotations

from feedback_app.domain.validation import parse_questionnaire

OPTIONS = [{"value": c, "label": {"en": c}} for c in "ABC"]
QUESTIONS = [
    {
        "id": "agree",
        "type": "likert",
        "text": {"en": "Agree"},
        "options": [{"value": v, "label": {"en": str(v)}} for v in range(1, 6)],
        "cannot_say": {"en": "Cannot say"},
    },
    {"id": "topics", "type": "multiple_choice", "text": {"en": "Topics"}, "options": OPTIONS},
    {"id": "role", "type": "single_choice", "text": {"en": "Role"}, "options": OPTIONS},
    {"id": "comment", "type": "text", "text": {"en": "Comment"}},
]
COURSE = parse_questionnaire(
    {
        "format": "feedback-app-questionnaire",
        "id": "course",
        "version": 1,
        "title": {"en": "Course"},
        "languages": ["en"],
        "default_language": "en",
        "sections": [{"id": "main", "questions": QUESTIONS}],
    }
)
