"""Why an XLSForm feature is refused: anonymity, the kiosk, or not yet.

One table for types and columns, so a message, the docs and the tests give the same reason.
*anonymity*: the answer would identify a participant or record where, when or on which device
they answered. *kiosk*: a shared laptop in kiosk mode cannot do it. *not yet*: the
questionnaire model has no such thing today.
"""

from __future__ import annotations

ANONYMITY, KIOSK, NOT_YET = "anonymity", "kiosk", "not yet"

_MEDIA = (NOT_YET, "pictures, sound and video")
_CAPTURE = (ANONYMITY, "a photo, a recording or a file can identify a participant")
_LOCATION = (ANONYMITY, "a location says where a participant is")
_DATE = (NOT_YET, "date and time answers")
_FROM_FILE = (NOT_YET, "choices read from a file; copy them into the choices sheet")
REPEATS = (NOT_YET, "repeats")

#: Question types ODK has and we refuse (the lower-case type, its first word for selects).
TYPES = {
    "calculate": (NOT_YET, "calculations"),
    "date": _DATE, "time": _DATE, "datetime": _DATE,
    "geopoint": _LOCATION, "geotrace": _LOCATION, "geoshape": _LOCATION,
    "image": _CAPTURE, "photo": _CAPTURE, "audio": _CAPTURE, "video": _CAPTURE,
    "file": _CAPTURE, "add image prompt": _CAPTURE, "add photo prompt": _CAPTURE,
    "add audio prompt": _CAPTURE, "add video prompt": _CAPTURE, "add file prompt": _CAPTURE,
    "barcode": (KIOSK, "the kiosk has no camera to scan with"),
    "osm": (KIOSK, "the kiosk is offline and has no maps"),
    "acknowledge": (NOT_YET, "acknowledgements"),
    "hidden": (NOT_YET, "hidden values"),
    "trigger": (NOT_YET, "triggers"),
    "xml-external": (NOT_YET, "external data"), "csv-external": (NOT_YET, "external data"),
    "rank": (NOT_YET, "ranking"),
    "select_one_from_file": _FROM_FILE, "select_multiple_from_file": _FROM_FILE,
    "select one from file": _FROM_FILE, "select multiple from file": _FROM_FILE,
    "select_one_external": (NOT_YET, "external choices"),
    "select one external": (NOT_YET, "external choices"),
}  # fmt: skip

#: Columns refused wherever they hold a value.
COLUMNS = {
    "survey": {
        "calculation": (NOT_YET, "calculations"), "default": (NOT_YET, "default answers"),
        "choice_filter": (NOT_YET, "filtered choice lists"),
        "repeat_count": REPEATS, "trigger": (NOT_YET, "triggers"),
        "image": _MEDIA, "big-image": _MEDIA, "audio": _MEDIA, "video": _MEDIA,
        "body::intent": (KIOSK, "the kiosk opens no other apps"),
        "control::intent": (KIOSK, "the kiosk opens no other apps"),
    },
    "choices": {"image": _MEDIA, "big-image": _MEDIA, "audio": _MEDIA, "video": _MEDIA},
    "settings": {"public_key": (NOT_YET, "encrypted submissions")},
}  # fmt: skip

#: Prefixed columns that change nothing a respondent sees or what the kiosk stores.
HARMLESS_PREFIXES = {
    "bind": "an XForm bind attribute",
    "body": "how ODK draws the question",
    "control": "how ODK draws the question",
    "instance": "an attribute ODK stores with the form",
    "media": "an empty media column",
}


def because(reason: tuple[str, str]) -> str:
    """``(not yet: calculations)``."""
    return f"({reason[0]}: {reason[1]})"


def refused_type(kind: str) -> str | None:
    """The reason a type is refused, or None when it is not one of ODK's refused types."""
    words = kind.lower().split()
    for n in range(len(words), 0, -1):
        reason = TYPES.get(" ".join(words[:n]))
        if reason:
            return because(reason)
    return None
