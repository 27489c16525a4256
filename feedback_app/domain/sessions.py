"""What a training session is made of and the rules its fields follow."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from .text import clean_line

AUDIENCES = (
    "police_officers",
    "border_guards",
    "police_students",
    "border_guard_students",
    "other",
)

#: English names of the audiences, for the command line's readable reports (the screens
#: translate their own).
AUDIENCE_NAMES_EN = {
    "police_officers": "Police officers",
    "border_guards": "Border guards",
    "police_students": "Police students",
    "border_guard_students": "Border guard students",
    "other": "Other",
}

#: The typical organisations, offered in the session form (which also accepts any other name).
DEFAULT_ORGANISATIONS = (
    "Helsingin poliisilaitos",
    "Itä-Suomen poliisilaitos",
    "Itä-Uudenmaan poliisilaitos",
    "Hämeen poliisilaitos",
    "Kaakkois-Suomen poliisilaitos",
    "Lapin poliisilaitos",
    "Lounais-Suomen poliisilaitos",
    "Länsi-Uudenmaan poliisilaitos",
    "Oulun poliisilaitos",
    "Pohjanmaan poliisilaitos",
    "Sisä-Suomen poliisilaitos",
    "Keskusrikospoliisi",
    "Poliisiammattikorkeakoulu",
    "Raja- ja merivartiokoulu",
    "Kaakkois-Suomen rajavartiosto",
    "Pohjois-Karjalan rajavartiosto",
    "Kainuun rajavartiosto",
    "Lapin rajavartiosto",
    "Suomenlahden merivartiosto",
    "Länsi-Suomen merivartiosto",
)

LANGUAGES = ("fi", "sv", "en")
MAX_FIELD_LENGTH = 200


class SessionProblem(Enum):
    TITLE_MISSING = "title_missing"
    BAD_DATE = "bad_date"
    BAD_AUDIENCE = "bad_audience"
    BAD_LANGUAGE = "bad_language"
    BAD_EXPECTED = "bad_expected"
    TOO_LONG = "too_long"


def parse_date(text: str) -> date | None:
    """A date written as 2026-11-28 or 28.11.2026; None when it is neither."""
    text = text.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    parts = text.split(".")
    if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[2]) == 4:
        try:
            return date(int(parts[2]), int(parts[1]), int(parts[0]))
        except ValueError:
            return None
    return None


@dataclass(frozen=True)
class SessionDraft:
    """The editable fields of a session, as typed into the form or the CLI."""

    title: str
    session_date: str
    organisation: str = ""
    audience: str = ""
    location: str = ""
    trainers: str = ""
    default_language: str = "fi"
    expected_participants: int | None = None

    def problems(self) -> dict[str, SessionProblem]:
        """Each field that is wrong, with why; empty when the draft can be saved."""
        found: dict[str, SessionProblem] = {}
        if not clean_line(self.title):
            found["title"] = SessionProblem.TITLE_MISSING
        if parse_date(self.session_date) is None:
            found["session_date"] = SessionProblem.BAD_DATE
        if self.audience and self.audience not in AUDIENCES:
            found["audience"] = SessionProblem.BAD_AUDIENCE
        if self.default_language not in LANGUAGES:
            found["default_language"] = SessionProblem.BAD_LANGUAGE
        if self.expected_participants is not None and not 1 <= self.expected_participants <= 10000:
            found["expected_participants"] = SessionProblem.BAD_EXPECTED
        for name in ("title", "organisation", "location", "trainers"):
            if len(getattr(self, name)) > MAX_FIELD_LENGTH and name not in found:
                found[name] = SessionProblem.TOO_LONG
        return found

    def normalised(self) -> SessionDraft:
        """The draft with trimmed text and the date in ISO form (call after ``problems``)."""
        day = parse_date(self.session_date)
        return SessionDraft(
            title=clean_line(self.title),
            session_date=day.isoformat() if day else self.session_date,
            organisation=clean_line(self.organisation),
            audience=self.audience,
            location=clean_line(self.location),
            trainers=clean_line(self.trainers),
            default_language=self.default_language,
            expected_participants=self.expected_participants,
        )
