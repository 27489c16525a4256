"""The words of the workbook's Summary sheet in Finnish, Swedish and English.

The reports layer runs without Qt, so these texts cannot come from the Qt Linguist files; they
use the same words as the screens' translations ("Kaksi ylintä", "En osaa sanoa", "alle 5
vastausta", ...), so that the window, the PDF and the workbook speak alike. The Responses,
Codebook and Comments sheets keep their machine-readable names and are not translated.
"""

from __future__ import annotations

from typing import Any

from ..domain.sessions import AUDIENCE_NAMES_EN

LANGUAGES = ("fi", "sv", "en")

_TEXTS: dict[str, dict[str, str]] = {
    "summary": {"fi": "yhteenveto", "sv": "sammanfattning", "en": "summary"},
    "Summary": {"fi": "Yhteenveto", "sv": "Sammanfattning", "en": "Summary"},
    "completed": {"fi": "Valmiita vastauksia", "sv": "Färdiga svar", "en": "Completed responses"},
    "sessions": {"fi": "Koulutuksia", "sv": "Utbildningstillfällen", "en": "Sessions"},
    "session_dates": {
        "fi": "Koulutusten päivämäärät",
        "sv": "Utbildningstillfällenas datum",
        "en": "Session dates",
    },
    "selection": {"fi": "Rajaukset", "sv": "Urval", "en": "Selection"},
    "everything": {"fi": "Kaikki vastaukset", "sv": "Alla svar", "en": "All responses"},
    "dates": {"fi": "Päivämäärät", "sv": "Datum", "en": "Dates"},
    "from": {"fi": "{date} alkaen", "sv": "från {date}", "en": "from {date}"},
    "until": {"fi": "{date} asti", "sv": "till och med {date}", "en": "until {date}"},
    "organisation": {"fi": "Organisaatio", "sv": "Organisation", "en": "Organisation"},
    "audience": {"fi": "Kohderyhmä", "sv": "Målgrupp", "en": "Audience"},
    "language": {"fi": "Vastauskieli", "sv": "Svarsspråk", "en": "Language of the responses"},
    "session": {"fi": "Koulutus", "sv": "Utbildningstillfälle", "en": "Session"},
    "month": {"fi": "Kuukausi", "sv": "Månad", "en": "Month"},
    "questionnaire": {"fi": "Kysely", "sv": "Enkät", "en": "Questionnaire"},
    "version": {
        "fi": "{title}, versio {version}",
        "sv": "{title}, version {version}",
        "en": "{title}, version {version}",
    },
    "versions": {"fi": "versio {versions}", "sv": "version {versions}", "en": "version {versions}"},
    "laptop": {"fi": "Tietokone", "sv": "Dator", "en": "Laptop"},
    "this_laptop": {"fi": "Tämä tietokone", "sv": "Den här datorn", "en": "This laptop"},
    "none": {"fi": "(ei tiedossa)", "sv": "(uppgift saknas)", "en": "(none)"},
    "scale_questions": {"fi": "Asteikkokysymykset", "sv": "Skalfrågor", "en": "Scale questions"},
    "choice_questions": {
        "fi": "Monivalintakysymykset",
        "sv": "Flervalsfrågor",
        "en": "Choice questions",
    },
    "question": {"fi": "Kysymys", "sv": "Fråga", "en": "Question"},
    "group": {"fi": "Ryhmä", "sv": "Grupp", "en": "Group"},
    "n": {"fi": "n", "sv": "n", "en": "n"},
    "mean": {"fi": "Keskiarvo", "sv": "Medelvärde", "en": "Mean"},
    "sd": {"fi": "Keskihajonta", "sv": "Standardavvikelse", "en": "Standard deviation"},
    "median": {"fi": "Mediaani", "sv": "Median", "en": "Median"},
    "top2": {"fi": "Kaksi ylintä", "sv": "Två högsta", "en": "Top two"},
    "ci_low": {
        "fi": "95 %:n luottamusväli, alaraja",
        "sv": "95 % KI, nedre gräns",
        "en": "95 % interval, lower end",
    },
    "ci_high": {
        "fi": "95 %:n luottamusväli, yläraja",
        "sv": "95 % KI, övre gräns",
        "en": "95 % interval, upper end",
    },
    "bottom2": {"fi": "Kaksi alinta", "sv": "Två lägsta", "en": "Bottom two"},
    "nps": {"fi": "NPS", "sv": "NPS", "en": "NPS"},
    "cannot_say": {"fi": "En osaa sanoa", "sv": "Kan inte säga", "en": "Cannot say"},
    "no_answer": {"fi": "Ei vastausta", "sv": "Inget svar", "en": "No answer"},
    "option": {"fi": "Vaihtoehto", "sv": "Alternativ", "en": "Option"},
    "count": {"fi": "Lukumäärä", "sv": "Antal", "en": "Count"},
    "share": {"fi": "Osuus", "sv": "Andel", "en": "Share"},
    "withheld": {
        "fi": "alle {minimum} vastausta",
        "sv": "färre än {minimum} svar",
        "en": "fewer than {minimum} responses",
    },
    "note_n": {
        "fi": "n: asteikolle annetut vastaukset. ”En osaa sanoa” -vastaukset ja vastaamatta "
        "jätetyt kysymykset eivät sisälly n:ään, keskiarvoon eivätkä prosenttiosuuksiin.",
        "sv": "n: svar på skalan. Svaren ”Kan inte säga” och obesvarade frågor ingår inte i n, "
        "i medelvärdet eller i procentandelarna.",
        "en": "n: answers on the scale. “Cannot say” answers and questions left unanswered "
        "count in neither n, the mean nor the percentages.",
    },
    "note_top2": {
        "fi": "Kaksi ylintä: asteikon kahteen ylimpään kohtaan osuneiden vastausten osuus; "
        "kaksi alinta: kahteen alimpaan osuneiden. Luottamusväli on kahden ylimmän osuuden "
        "95 %:n Wilsonin väli.",
        "sv": "Två högsta: andelen svar i skalans två högsta steg; två lägsta: i de två lägsta. "
        "KI är Wilsons 95 % konfidensintervall för andelen i de två högsta.",
        "en": "Top two: the share of answers in the two highest points of the scale; bottom "
        "two: in the two lowest. The interval is the 95 % Wilson interval of the top-two share.",
    },
    "note_withheld": {
        "fi": "Jos vastauksia on alle {minimum}, prosenttiosuuksia tai keskiarvoja ei näytetä, "
        "jotta vastaajien nimettömyys säilyy.",
        "sv": "Om det finns färre än {minimum} svar visas inga procentandelar eller medelvärden, "
        "så att deltagarnas anonymitet skyddas.",
        "en": "Below {minimum} responses no percentage or average is shown, to protect the "
        "participants' anonymity.",
    },
    "note_multiple": {
        "fi": "Kun vastaaja voi valita useita vaihtoehtoja, osuudet voivat olla yhteensä yli "
        "100 %.",
        "sv": "När man kan välja flera alternativ kan andelarna tillsammans bli över 100 %.",
        "en": "Where several options may be chosen, the shares may add up to more than 100 %.",
    },
    "chart_title": {
        "fi": "Vastaukset väittämiin",
        "sv": "Svaren på påståendena",
        "en": "Answers to the statements",
    },
    "chart_axis": {
        "fi": "Osuus asteikolle annetuista vastauksista",
        "sv": "Andel av svaren på skalan",
        "en": "Share of the answers on the scale",
    },
    "cannot_say_axis": {
        "fi": "Osuus vastauksista",
        "sv": "Andel av svaren",
        "en": "Share of the responses",
    },
    "distribution": {
        "fi": "Vastausten jakauma väittämittäin",
        "sv": "Svarsfördelning per påstående",
        "en": "Answers per statement",
    },
    "cannot_say_share": {
        "fi": "En osaa sanoa, osuus vastauksista",
        "sv": "Kan inte säga, andel av svaren",
        "en": "Cannot say, share of the responses",
    },
    "note_distribution": {
        "fi": "Osuudet asteikolle annetuista vastauksista, kuten kaavion vasemmassa osassa; "
        "”en osaa sanoa” -osuus on laskettu kaikista vastauksista, joissa kysymys oli (myös "
        "niistä, joissa se jätettiin vastaamatta).",
        "sv": "Andelar av svaren på skalan, som i diagrammets vänstra del; andelen ”kan inte "
        "säga” är räknad av alla svar där frågan fanns med (också de där den lämnades "
        "obesvarad).",
        "en": "Shares of the answers on the scale, as in the chart on the left; the share of "
        "“cannot say” is of all the responses that had the question (those that left it blank "
        "too).",
    },
    "chart_series": {
        "fi": "Kaavion sarjat (eri mieltä -osuudet negatiivisina, neutraali puoliksi kummallekin "
        "puolelle)",
        "sv": "Diagrammets serier (avvikande åsikter som negativa tal, mittenalternativet "
        "delat på båda sidor)",
        "en": "Chart series (disagreement as negative numbers, the neutral point split half to "
        "each side)",
    },
}

_AUDIENCES = {
    "fi": {
        "police_officers": "Poliisit",
        "border_guards": "Rajavartijat",
        "police_students": "Poliisiopiskelijat",
        "border_guard_students": "Rajavartijaopiskelijat",
        "other": "Muu",
    },
    "sv": {
        "police_officers": "Poliser",
        "border_guards": "Gränsbevakare",
        "police_students": "Polisstuderande",
        "border_guard_students": "Gränsbevakarstuderande",
        "other": "Annan",
    },
    "en": AUDIENCE_NAMES_EN,
}
assert all(set(names) == set(AUDIENCE_NAMES_EN) for names in _AUDIENCES.values())

_LANGUAGE_NAMES = {
    "fi": {"fi": "suomi", "sv": "ruotsi", "en": "englanti"},
    "sv": {"fi": "finska", "sv": "svenska", "en": "engelska"},
    "en": {"fi": "Finnish", "sv": "Swedish", "en": "English"},
}


def language_of(language: str) -> str:
    """``language`` if the Summary has its words, else English."""
    return language if language in LANGUAGES else "en"


def text(language: str, key: str, **values: Any) -> str:
    """The Summary's text ``key`` in ``language`` (English for an unknown one), filled in."""
    words = _TEXTS[key][language_of(language)]
    return words.format(**values) if values else words


def audience_name(code: str, language: str) -> str:
    return _AUDIENCES[language_of(language)].get(code, code)


def language_name(code: str, language: str) -> str:
    return _LANGUAGE_NAMES[language_of(language)].get(code, code)


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(iso: str, language: str) -> str:
    """2026-11-28 as the screens write it: 28.11.2026 in Finnish and Swedish, 28 Nov 2026 in
    English (and in a language the Summary has no words for)."""
    parts = iso.split("-")
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        return iso
    year, month, day = (int(part) for part in parts)
    if not 1 <= month <= 12:
        return iso
    if language_of(language) in ("fi", "sv"):
        return f"{day}.{month}.{year}"
    return f"{day} {_MONTHS[month - 1]} {year}"


def group_name(group: dict[str, str], language: str) -> str:
    """A report group as a reader recognises it: a session by date and title, an audience or
    a language by its name, anything else by its value."""
    if "session" in group:
        day = format_date(group.get("session_date", ""), language)
        return f"{day} {group.get('session_title', '')}".strip()
    if not group:
        return ""
    (kind, value), *_ = group.items()
    if not value:
        return text(language, "none")
    if kind == "audience":
        return audience_name(value, language)
    if kind == "language":
        return language_name(value, language)
    return value


def percent_format(decimals: int = 1, *, signed: bool = True) -> str:
    """A spreadsheet number format for fractions shown as percentages with a space before the
    sign, as the screens write them (91,3 % where the viewer's decimal sign is a comma).
    Unsigned, a negative share (the disagreement side of the chart) shows without its minus."""
    digits = "0" + ("." + "0" * decimals if decimals else "")
    shown = f'{digits}" "%'
    return f"{shown};{shown}" if not signed else shown
