"""Warnings about questions that could identify a participant.

Responses are anonymous by design, but a questionnaire written for another purpose (a public
XLSForm, say) may ask for a name, an e-mail address or a phone number. Such a question is not
refused — the wording may be innocent ("the name of your unit") — but whoever imports the
questionnaire is told, so that nobody collects identifying answers by accident.
"""

from __future__ import annotations

import re

from .questionnaire import Questionnaire

_IDENTIFYING = re.compile(
    r"\b(name|names|nimi|nimesi|namn|e-?mail|sähköposti|e-?post|phone|puhelin\w*|telefon\w*"
    r"|address|osoite|adress|birth|syntymä\w*|födelse\w*|henkilötunnus|personnummer|ssn)\b",
    re.IGNORECASE,
)


def identifying_words(questionnaire: Questionnaire) -> dict[str, str]:
    """Question id -> the word that makes it look identifying, for every free-text or number
    question whose id or wording asks for a name, contact details, an address or a birth date."""
    found = {}
    for question in questionnaire.questions:
        if question.type not in ("text", "number"):
            continue
        wording = " ".join([question.id.replace("_", " "), *question.text.values()])
        match = _IDENTIFYING.search(wording)
        if match:
            found[question.id] = match.group(0)
    return found


def identifying_questions(questionnaire: Questionnaire) -> list[str]:
    """One warning per question that :func:`identifying_words` finds."""
    return [
        f"question '{qid}' seems to ask for something that identifies a participant "
        f"({word!r}); responses are meant to be anonymous, so remove or reword it unless it "
        "is harmless"
        for qid, word in identifying_words(questionnaire).items()
    ]
