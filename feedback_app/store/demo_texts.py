"""Wording of the demo data: session titles, places and participants' comments.

Written to read like what police officers and border guards write after an anti-trafficking
training. None of it names a person: demo data must look like real data, and real data never
holds names.
"""

from __future__ import annotations

TITLES: dict[str, dict[str, tuple[str, ...]]] = {
    "fi": {
        "police_officers": (
            "Ihmiskaupan tunnistaminen poliisityössä",
            "Ihmiskauppa ja työperäinen hyväksikäyttö",
            "Seksuaalinen hyväksikäyttö ja ihmiskauppa – tutkinnan perusteet",
        ),
        "border_guards": (
            "Ihmiskaupan uhrin tunnistaminen rajatarkastuksessa",
            "Ihmiskauppa ja laiton maahantulo",
        ),
        "police_students": ("Ihmiskaupan perusteet", "Ihmiskauppa – johdantokurssi"),
        "border_guard_students": ("Ihmiskaupan perusteet rajavartijoille",),
        "other": ("Viranomaisyhteistyö ihmiskaupan torjunnassa",),
    },
    "sv": {
        "police_officers": (
            "Att identifiera människohandel i polisarbetet",
            "Människohandel och arbetskraftsexploatering",
        ),
        "border_guards": ("Att identifiera offer för människohandel vid gränskontroll",),
        "police_students": ("Grundkurs i människohandel",),
        "border_guard_students": ("Människohandel – grunder för gränsbevakare",),
        "other": ("Myndighetssamarbete mot människohandel",),
    },
    "en": {
        "police_officers": ("Identifying human trafficking in police work",),
        "border_guards": ("Victims of trafficking at the border: identification and referral",),
        "police_students": ("Human trafficking: an introduction",),
        "border_guard_students": ("Human trafficking basics for border guards",),
        "other": ("Working together against human trafficking",),
    },
}

#: A plausible place for each default organisation; others get no place.
PLACES: dict[str, str] = {
    "Helsingin poliisilaitos": "Helsinki",
    "Itä-Suomen poliisilaitos": "Kuopio",
    "Itä-Uudenmaan poliisilaitos": "Vantaa",
    "Hämeen poliisilaitos": "Hämeenlinna",
    "Kaakkois-Suomen poliisilaitos": "Kouvola",
    "Lapin poliisilaitos": "Rovaniemi",
    "Lounais-Suomen poliisilaitos": "Turku",
    "Länsi-Uudenmaan poliisilaitos": "Espoo",
    "Oulun poliisilaitos": "Oulu",
    "Pohjanmaan poliisilaitos": "Vaasa",
    "Sisä-Suomen poliisilaitos": "Tampere",
    "Keskusrikospoliisi": "Vantaa",
    "Poliisiammattikorkeakoulu": "Tampere",
    "Raja- ja merivartiokoulu": "Imatra",
    "Kaakkois-Suomen rajavartiosto": "Imatra",
    "Pohjois-Karjalan rajavartiosto": "Joensuu",
    "Kainuun rajavartiosto": "Kajaani",
    "Lapin rajavartiosto": "Rovaniemi",
    "Suomenlahden merivartiosto": "Helsinki",
    "Länsi-Suomen merivartiosto": "Turku",
}

#: Share of Swedish and English among the respondents of an organisation (the rest answer in
#: Finnish); organisations not listed get DEFAULT_LANGUAGES.
LANGUAGE_SHARES: dict[str, tuple[float, float]] = {
    "Pohjanmaan poliisilaitos": (0.45, 0.03),
    "Länsi-Suomen merivartiosto": (0.30, 0.04),
    "Länsi-Uudenmaan poliisilaitos": (0.20, 0.05),
    "Lounais-Suomen poliisilaitos": (0.12, 0.04),
    "Helsingin poliisilaitos": (0.08, 0.08),
    "Keskusrikospoliisi": (0.05, 0.10),
    "Suomenlahden merivartiosto": (0.10, 0.05),
}
DEFAULT_LANGUAGES = (0.04, 0.04)

MOST_USEFUL: dict[str, tuple[str, ...]] = {
    "fi": (
        "Käytännön esimerkit oikeista tapauksista.",
        "Tunnistamisen merkit, jotka voi ottaa suoraan kenttätyöhön.",
        "Tieto siitä, mihin otetaan yhteyttä, kun epäilee ihmiskauppaa.",
        "Ryhmätyö, jossa käytiin läpi yhden tapauksen kulku alusta loppuun.",
        "Auttamisjärjestelmän esittely oli selkeä.",
        "Kouluttajalla oli paljon omaa kokemusta tutkinnasta.",
        "Ero ihmiskaupan ja kiskonnantapaisen työsyrjinnän välillä selkeni vihdoin.",
        "Haastattelutilanteen harjoittelu tulkin kanssa.",
        "Hyvä muistilista ensimmäisiin toimenpiteisiin.",
        "Keskustelu kollegoiden kanssa muista poliisilaitoksista.",
        "Uhrin näkökulma avasi silmiä.",
        "Videot rajatarkastustilanteista.",
        "Lyhyt ja napakka, asiaa koko päivän.",
        "Materiaali, jonka saa mukaan ja johon voi palata.",
        "Esimerkit työperäisestä hyväksikäytöstä ravintola- ja marja-alalla.",
    ),
    "sv": (
        "Praktiska exempel från verkliga fall.",
        "Tecknen att känna igen, som går att använda direkt i fältet.",
        "Att få veta vem man kontaktar vid misstanke om människohandel.",
        "Grupparbetet där vi gick igenom ett fall från början till slut.",
        "Genomgången av hjälpsystemet för offer.",
        "Utbildaren hade mycket egen erfarenhet av utredningar.",
        "Övningen i att intervjua med tolk.",
        "Diskussionerna med kolleger från andra enheter.",
        "Bra checklista för de första åtgärderna.",
        "Skillnaden mellan människohandel och ockerliknande diskriminering i arbetslivet.",
    ),
    "en": (
        "The real case examples.",
        "Indicators we can use straight away on patrol.",
        "Knowing whom to contact when we suspect trafficking.",
        "The group exercise that followed one case from start to finish.",
        "The overview of the assistance system for victims.",
        "Practising an interview with an interpreter.",
        "Hearing how other units handle these cases.",
        "Clear checklist for the first steps.",
    ),
}

IMPROVE: dict[str, tuple[str, ...]] = {
    "fi": (
        "Enemmän aikaa keskustelulle.",
        "Päivä oli liian pitkä, asiaa olisi voinut jakaa kahdelle päivälle.",
        "Lisää harjoituksia, vähemmän diasarjoja.",
        "Materiaali olisi hyvä saada etukäteen.",
        "Enemmän esimerkkejä rajanylityspaikoilta.",
        "Tutkinnanjohtajan näkökulma jäi vähälle.",
        "Tauotus: iltapäivällä keskittyminen herpaantui.",
        "Tilat olivat ahtaat ja ilma huono.",
        "Osa asioista oli tuttuja peruskoulutuksesta.",
        "Enemmän tietoa siitä, mitä uhrille tapahtuu ilmoituksen jälkeen.",
        "Ryhmätöihin enemmän aikaa.",
        "Ei mitään, hyvä kokonaisuus.",
        "Selkeämpi yhteystietolista loppuun.",
        "- lisää käytännön harjoituksia",
    ),
    "sv": (
        "Mer tid för diskussion.",
        "Dagen var för lång.",
        "Fler övningar och färre bilder.",
        "Materialet borde skickas ut i förväg.",
        "Mer om vad som händer med offret efter anmälan.",
        "Allt material fanns inte på svenska.",
        "Inget, bra helhet.",
        "Fler exempel från gränsövergångarna.",
    ),
    "en": (
        "More time for questions.",
        "Too much content for one day.",
        "More hands-on exercises, fewer slides.",
        "Send the material in advance.",
        "Some parts were only in Finnish.",
        "More about what happens to the victim after a referral.",
        "Nothing, it was well organised.",
    ),
}
