"""The editor's working copy of a questionnaire: plain mutable records, no Qt.

Kept apart from the frozen domain model so that a half-edited questionnaire (an empty id, a
missing translation) can exist while the trainer types. ``to_dict`` gives the JSON format, and
``parse_questionnaire`` decides whether it can be saved.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

from ....domain.questionnaire import Questionnaire
from .question_draft import QuestionDraft, Texts, given, missing_languages


@dataclass
class SectionDraft:
    id: str
    title: Texts = field(default_factory=dict)


@dataclass
class QuestionnaireDraft:
    """The whole questionnaire being edited; questions in one flat list, grouped by section."""

    id: str
    version: int
    title: Texts
    languages: list[str]
    default_language: str
    sections: list[SectionDraft]
    questions: list[QuestionDraft]

    @classmethod
    def from_questionnaire(cls, q: Questionnaire) -> QuestionnaireDraft:
        return cls(
            id=q.id,
            version=q.version,
            title=dict(q.title),
            languages=list(q.languages),
            default_language=q.default_language,
            sections=[SectionDraft(s.id, dict(s.title)) for s in q.sections],
            questions=[QuestionDraft.from_question(q_, s.id) for s, q_ in q.iter_questions()],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON format; sections left without questions are left out."""
        sections = []
        for section in self.sections:
            questions = [q.to_dict() for q in self.questions if q.section == section.id]
            if questions:
                entry: dict[str, Any] = {"id": section.id}
                if given(section.title):
                    entry["title"] = given(section.title)
                sections.append(entry | {"questions": questions})
        return {
            "format": "feedback-app-questionnaire",
            "id": self.id,
            "version": self.version,
            "title": given(self.title),
            "languages": list(self.languages),
            "default_language": self.default_language,
            "sections": sections,
        }

    def section(self, section_id: str) -> SectionDraft:
        return next(s for s in self.sections if s.id == section_id)

    # -- missing translations --------------------------------------------------------------
    def missing(self, texts: Texts, required: bool) -> list[str]:
        return missing_languages(texts, required, self.languages)

    def all_texts(self) -> list[tuple[int | None, Texts, bool]]:
        """(question index or None, texts, required) for every wording of the questionnaire."""
        rows: list[tuple[int | None, Texts, bool]] = [(None, self.title, True)]
        used = {q.section for q in self.questions}
        rows += [(None, s.title, False) for s in self.sections if s.id in used]
        for index, question in enumerate(self.questions):
            rows += [(index, texts, required) for _key, texts, required in question.texts()]
        return rows

    def missing_by_language(self) -> dict[str, int]:
        counts = dict.fromkeys(self.languages, 0)
        for _index, texts, required in self.all_texts():
            for lang in self.missing(texts, required):
                counts[lang] += 1
        return counts

    def missing_in(self, index: int) -> set[str]:
        """The languages that some wording of question ``index`` (or its section) lacks."""
        question = self.questions[index]
        wordings = [(t, r) for _k, t, r in question.texts()]
        wordings.append((self.section(question.section).title, False))
        return {lang for texts, required in wordings for lang in self.missing(texts, required)}

    def shown_question(self, kind: str, key: int | str) -> int:
        """The question a selection stands for: itself, or the first of a section."""
        if kind == "question":
            return int(key)
        return next((i for i, q in enumerate(self.questions) if q.section == key), 0)

    def missing_in_question(self, index: int) -> int:
        question = self.questions[index]
        return sum(len(self.missing(t, r)) for _k, t, r in question.texts())

    # -- adding, removing, moving ----------------------------------------------------------
    def add(self, qtype: str, after: int | None, section: str | None = None) -> int:
        """Add a new question of ``qtype`` after question ``after`` (or at the end of
        ``section``, or of the last section); returns its index."""
        if after is not None:
            section, index = self.questions[after].section, after + 1
        else:
            section = section or self.sections[-1].id
            ends = [i for i, q in enumerate(self.questions) if q.section == section]
            index = ends[-1] + 1 if ends else self._section_start(section)
        self.questions.insert(index, self._new_question(qtype, section))
        return index

    def _section_start(self, section: str) -> int:
        order = [s.id for s in self.sections]
        later = set(order[order.index(section) + 1 :])
        return next(
            (i for i, q in enumerate(self.questions) if q.section in later), len(self.questions)
        )

    def remove(self, index: int) -> None:
        del self.questions[index]

    def move(self, index: int, step: int) -> int:
        """Move a question one place up (-1) or down (+1); returns where it is now.

        The first question of a section moving up joins the end of the section before, and
        the last one moving down starts the next one, so sections stay in order.
        """
        target = index + step
        if not 0 <= target < len(self.questions):
            return index
        question, other = self.questions[index], self.questions[target]
        if other.section != question.section:
            question.section = other.section
            return index
        self.questions[index], self.questions[target] = other, question
        return target

    def rename(self, index: int, new_id: str) -> None:
        """Change a question's id; conditions on it follow when that is unambiguous."""
        question = self.questions[index]
        old = question.id
        question.id = new_id
        others = [q.id for i, q in enumerate(self.questions) if i != index]
        if old in others or new_id in others:
            return
        for q in self.questions:
            if q.show_if and q.show_if.get("question") == old:
                q.show_if["question"] = new_id

    def unique_id(self, base: str) -> str:
        taken = {q.id for q in self.questions}
        number = 1
        while f"{base}{number}" in taken:
            number += 1
        return f"{base}{number}"

    def _new_question(self, qtype: str, section: str) -> QuestionDraft:
        question = QuestionDraft(id=self.unique_id(_ID_BASES[qtype]), type=qtype, section=section)
        if qtype == "likert":
            model = next((q for q in reversed(self.questions) if q.type == "likert"), None)
            if model is not None:  # the scale trainers already use, labels and all
                question.options = copy.deepcopy(model.options)
                question.cannot_say_on = model.cannot_say_on
                question.cannot_say = dict(model.cannot_say)
            else:
                question.set_points(5)
            question.required = True
        elif qtype == "rating":
            question.min, question.max = 0, 10
        elif qtype in ("single_choice", "multiple_choice"):
            question.add_option()
            question.add_option()
        elif qtype == "text":
            question.long = True
        return question

    def error_question(self, error: str) -> int | None:
        """The question a located validation error is about, if it names one."""
        match = re.match(r"sections\[(\d+)\]\.questions\[(\d+)\]", error)
        if match:
            written = [s for s in self.sections if any(q.section == s.id for q in self.questions)]
            s, q = int(match.group(1)), int(match.group(2))
            if s < len(written):
                indexes = [i for i, x in enumerate(self.questions) if x.section == written[s].id]
                return indexes[q] if q < len(indexes) else None
        match = re.match(r"show_if of '([^']*)'", error)
        if match:
            return next((i for i, q in enumerate(self.questions) if q.id == match.group(1)), None)
        return None


_ID_BASES = {
    "likert": "agree",
    "rating": "rating",
    "single_choice": "choice",
    "multiple_choice": "choices",
    "number": "number",
    "text": "comment",
    "note": "note",
}
