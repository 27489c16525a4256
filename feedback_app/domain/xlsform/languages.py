"""Language names and codes as XLSForm headers write them (``label::Finnish (fi)``)."""

from __future__ import annotations

import re

FALLBACK_LANGUAGE = "en"

#: Language names seen in XLSForm headers (English and native spelling) -> ISO 639-1 code.
LANGUAGE_CODES = {
    "english": "en", "finnish": "fi", "suomi": "fi", "swedish": "sv", "svenska": "sv",
    "french": "fr", "français": "fr", "francais": "fr", "german": "de", "deutsch": "de",
    "spanish": "es", "español": "es", "espanol": "es", "portuguese": "pt", "português": "pt",
    "italian": "it", "italiano": "it", "dutch": "nl", "nederlands": "nl", "danish": "da",
    "dansk": "da", "norwegian": "no", "norsk": "no", "icelandic": "is", "estonian": "et",
    "eesti": "et", "latvian": "lv", "lithuanian": "lt", "polish": "pl", "polski": "pl",
    "czech": "cs", "slovak": "sk", "hungarian": "hu", "romanian": "ro", "bulgarian": "bg",
    "greek": "el", "turkish": "tr", "russian": "ru", "русский": "ru", "ukrainian": "uk",
    "arabic": "ar", "hebrew": "he", "persian": "fa", "farsi": "fa", "dari": "fa",
    "pashto": "ps", "urdu": "ur", "hindi": "hi", "bengali": "bn", "chinese": "zh",
    "mandarin": "zh", "japanese": "ja", "korean": "ko", "vietnamese": "vi", "thai": "th",
    "indonesian": "id", "malay": "ms", "swahili": "sw", "amharic": "am", "somali": "so",
    "tigrinya": "ti", "hausa": "ha", "yoruba": "yo", "northern sami": "se", "sami": "se",
    "kurdish": "ku", "albanian": "sq", "serbian": "sr", "croatian": "hr", "bosnian": "bs",
    "slovenian": "sl", "georgian": "ka", "armenian": "hy",
    # Finnish and Swedish names of our three languages, as a Finnish designer may write them
    "suomeksi": "fi", "finska": "fi", "ruotsi": "sv", "ruotsiksi": "sv", "englanti": "en",
    "englanniksi": "en", "engelska": "en",
}  # fmt: skip

_NAMES = {code: name.title() for name, code in reversed(LANGUAGE_CODES.items()) if name.isascii()}


def language_code(tag: str) -> str | None:
    """``Finnish (fi)`` -> ``fi``; ``english``/``Englanti`` -> ``en``; ``sv``/``sv-FI`` -> ``sv``;
    unknown -> None."""
    tag = tag.strip()
    match = re.search(r"\(\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*\)$", tag)
    if match:
        return match.group(1).lower()
    low = tag.lower()
    if low in LANGUAGE_CODES:
        return LANGUAGE_CODES[low]
    regional = re.fullmatch(r"([a-z]{2,3})(?:[-_][a-z0-9]+)+", low)  # fi-FI, en_GB
    if regional and (len(regional[1]) == 2 or regional[1] in LANGUAGE_CODES.values()):
        return regional[1]
    if re.fullmatch(r"[a-z]{2}", low) or low in LANGUAGE_CODES.values():
        return low
    return None


def language_label(code: str) -> str:
    """``fi`` -> ``Finnish (fi)``, for messages."""
    return f"{_NAMES[code]} ({code})" if code in _NAMES else code
