<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>AppController</name>
    <message>
        <source>Training %1</source>
        <translation>Koulutus %1</translation>
    </message>
    <message>
        <source>Feedback cannot start</source>
        <translation>Sovellusta ei voi käynnistää</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>Police officers</source>
        <translation>Poliisit</translation>
    </message>
    <message>
        <source>Border guards</source>
        <translation>Rajavartijat</translation>
    </message>
    <message>
        <source>Police students</source>
        <translation>Poliisiopiskelijat</translation>
    </message>
    <message>
        <source>Border guard students</source>
        <translation>Rajavartijaopiskelijat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>ChoiceListWidget</name>
    <message>
        <source>Choose all that apply.</source>
        <translation>Valitse kaikki sopivat vaihtoehdot.</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Duplicate questionnaire</source>
        <translation>Kopioi kysely</translation>
    </message>
    <message>
        <source>The copy starts as version 1 of a new questionnaire, with every question of “%1” version %2. The original stays as it is.</source>
        <translation>Kopiosta tulee uuden kyselyn versio 1, ja siinä ovat kaikki kyselyn ”%1” version %2 kysymykset. Alkuperäinen kysely säilyy ennallaan.</translation>
    </message>
    <message>
        <source>Id of the copy</source>
        <translation>Kopion tunnus</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <source>Give an id of letters, digits, _ . or -, starting with a letter (at most 64 characters), e.g. border-course-2026.</source>
        <translation>Anna tunnus, jossa on vain kirjaimia, numeroita tai merkkejä _ . - ja joka alkaa kirjaimella (enintään 64 merkkiä), esimerkiksi rajakurssi-2026.</translation>
    </message>
    <message>
        <source>A questionnaire with this id exists already: choose another.</source>
        <translation>Tällä tunnuksella on jo kysely. Valitse toinen tunnus.</translation>
    </message>
    <message>
        <source>Give the title in every language.</source>
        <translation>Anna otsikko kaikilla kielillä.</translation>
    </message>
</context>
<context>
    <name>EditorLabels</name>
    <message>
        <source>Always shown.</source>
        <translation>Näytetään aina.</translation>
    </message>
    <message>
        <source>Shown only when the answer to “%1” is %2.</source>
        <translation>Näytetään vain, kun vastaus kysymykseen ”%1” on %2.</translation>
    </message>
    <message>
        <source>Shown only when the answer to “%1” is one of %2.</source>
        <translation>Näytetään vain, kun vastaus kysymykseen ”%1” on jokin seuraavista: %2.</translation>
    </message>
    <message>
        <source>Shown only when the answer to “%1” is at least %2.</source>
        <translation>Näytetään vain, kun vastaus kysymykseen ”%1” on vähintään %2.</translation>
    </message>
    <message>
        <source>Shown only when the answer to “%1” is at most %2.</source>
        <translation>Näytetään vain, kun vastaus kysymykseen ”%1” on enintään %2.</translation>
    </message>
    <message>
        <source>Version %1 is already used by responses, so this was saved as version %2. Sessions that already collected answers keep version %1.</source>
        <translation>Versioon %1 on jo vastattu, joten muutokset tallennettiin versioksi %2. Koulutukset, joissa on jo vastauksia, käyttävät edelleen versiota %1.</translation>
    </message>
    <message>
        <source>Sessions without answers now use version %2 (%3).</source>
        <translation>Koulutukset, joissa ei vielä ole vastauksia, käyttävät nyt versiota %2 (%3).</translation>
    </message>
    <message>
        <source>Nothing to save: version %1 is stored exactly like this.</source>
        <translation>Ei tallennettavaa: versio %1 on tallennettu juuri tällaisena.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Tallennettu versiona %1.</translation>
    </message>
    <message>
        <source>Every text is given in every language.</source>
        <translation>Kaikki tekstit on kirjoitettu kaikilla kielillä.</translation>
    </message>
    <message>
        <source>Missing translations: %1 (highlighted)</source>
        <translation>Puuttuvat käännökset: %1 (korostettu)</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Levy on täynnä. Vapauta tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The database is in use by another program. Close that program and try again.</source>
        <translation>Tietokanta on toisen ohjelman käytössä. Sulje se ohjelma ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The data folder is read-only. Check its permissions, or start the app with another data folder.</source>
        <translation>Tietokannan kansioon ei voi kirjoittaa. Tarkista kansion käyttöoikeudet tai käynnistä sovellus toisella kansiolla.</translation>
    </message>
    <message>
        <source>The database file is damaged, so nothing was written to it. Restore it from a backup, or start the app with another data folder.</source>
        <translation>Tietokantatiedosto on vioittunut, joten siihen ei kirjoitettu mitään. Palauta se varmuuskopiosta tai käynnistä sovellus toisella kansiolla.</translation>
    </message>
    <message>
        <source>The database cannot be opened. Check that the data folder exists and that you may write in it.</source>
        <translation>Tietokantaa ei voi avata. Tarkista, että tietokannan kansio on olemassa ja että sinulla on oikeus kirjoittaa siihen.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of the app. Install that version to open it; this one leaves the file as it is.</source>
        <translation>Tämä tietokanta on tallennettu sovelluksen uudemmalla versiolla. Asenna se versio avataksesi tietokannan; tämä versio ei muuta tiedostoa.</translation>
    </message>
    <message>
        <source>This session is closed and accepts no more responses. Reopen it first.</source>
        <translation>Koulutus on suljettu eikä ota enää vastauksia. Avaa se ensin uudelleen.</translation>
    </message>
    <message>
        <source>It is no longer there: it may have been removed meanwhile. Refresh and try again.</source>
        <translation>Kohdetta ei enää löydy: se on ehkä poistettu sillä välin. Päivitä näkymä ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>This session already has responses, so it keeps the questionnaire version they were given.</source>
        <translation>Koulutukseen on jo vastattu, joten se säilyttää kyselyn version, johon vastaukset annettiin.</translation>
    </message>
    <message>
        <source>Some values are not acceptable. Check them and try again.</source>
        <translation>Osa arvoista ei kelpaa. Tarkista ne ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The database file is missing or empty, although this data folder has held data. Restore it from a backup; no new, empty database was made in its place.</source>
        <translation>Tietokantatiedosto puuttuu tai on tyhjä, vaikka tähän kansioon on aiemmin tallennettu tietoja. Palauta se varmuuskopiosta; uutta tyhjää tietokantaa ei luotu sen tilalle.</translation>
    </message>
    <message>
        <source>This file is not a database of this app, so nothing was written to it. Move it away, or start the app with another data folder.</source>
        <translation>Tiedosto ei ole tämän sovelluksen tietokanta, joten siihen ei kirjoitettu mitään. Siirrä se muualle tai käynnistä sovellus toisella kansiolla.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Tietokanta ilmoitti virheestä: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tiedosto: %1</translation>
    </message>
</context>
<context>
    <name>NumberWidget</name>
    <message>
        <source>A whole number from %1 to %2</source>
        <translation>Kokonaisluku väliltä %1–%2</translation>
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation>Luku väliltä %1–%2</translation>
    </message>
    <message>
        <source>A whole number</source>
        <translation>Kokonaisluku</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Luku</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Trainer PIN</source>
        <translation>Kouluttajan PIN-koodi</translation>
    </message>
    <message>
        <source>Enter the trainer PIN.</source>
        <translation>Anna kouluttajan PIN-koodi.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-koodi</translation>
    </message>
</context>
<context>
    <name>PinTexts</name>
    <message numerus="yes">
        <source>Wrong PIN. %n try/tries left before a pause.</source>
        <translation>
            <numerusform>Väärä PIN-koodi. Vielä %n yritys ennen taukoa.</numerusform>
            <numerusform>Väärä PIN-koodi. Vielä %n yritystä ennen taukoa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>Liian monta väärää yritystä. Yritä uudelleen %n sekunnin kuluttua.</numerusform>
            <numerusform>Liian monta väärää yritystä. Yritä uudelleen %n sekunnin kuluttua.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN-koodissa on 4–12 numeroa.</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>Texts in every language (* = needed)</source>
        <extracomment>The id changed: the list on the left shows it.</extracomment>
        <translation>Tekstit kaikilla kielillä (* = pakollinen)</translation>
    </message>
    <message>
        <source>Question id</source>
        <translation>Kysymyksen tunnus</translation>
    </message>
    <message>
        <source>The id names the question in every export. Keep it when the meaning stays; give a new id when the meaning changes.</source>
        <translation>Tunnus nimeää kysymyksen kaikissa vientitiedostoissa. Pidä se ennallaan, jos kysymyksen merkitys ei muutu. Jos merkitys muuttuu, anna uusi tunnus.</translation>
    </message>
    <message>
        <source>An answer is required</source>
        <translation>Vastaus on pakollinen</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Näkyvyys</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Arvo %1</translation>
    </message>
    <message>
        <source>Code of option %1</source>
        <translation>Vaihtoehdon %1 koodi</translation>
    </message>
    <message>
        <source>Stored in the data for this option: letters, digits, _ . -</source>
        <translation>Tämä tallennetaan aineistoon tästä vaihtoehdosta: kirjaimia, numeroita tai merkkejä _ . -</translation>
    </message>
    <message>
        <source>Remove option %1</source>
        <translation>Poista vaihtoehto %1</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>Questions</source>
        <translation>Kysymykset</translation>
    </message>
    <message>
        <source>Type of the new question</source>
        <translation>Uuden kysymyksen tyyppi</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>Add a question of the chosen type</source>
        <translation>Lisää valitun tyyppinen kysymys</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>%1 puuttuu</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Kysymys %1/%2</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Edellinen</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Lähetä</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
    <message>
        <source>Please answer this question before you continue.</source>
        <translation>Vastaa tähän kysymykseen ennen kuin jatkat.</translation>
    </message>
    <message>
        <source>Please give a number from %1 to %2.</source>
        <translation>Anna luku väliltä %1–%2.</translation>
    </message>
    <message>
        <source>Please give a whole number.</source>
        <translation>Anna kokonaisluku.</translation>
    </message>
    <message>
        <source>Your answer is too long: at most %1 characters.</source>
        <translation>Vastauksesi on liian pitkä: enintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translation>Valitse jokin vaihtoehdoista.</translation>
    </message>
    <message>
        <source>Please give a number.</source>
        <translation>Anna luku.</translation>
    </message>
</context>
<context>
    <name>QuestionPreview</name>
    <message>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Language of the preview</source>
        <translation>Esikatselun kieli</translation>
    </message>
    <message>
        <source>Texts missing in %1: the kiosk shows them in another language until they are written.</source>
        <translation>Tekstejä puuttuu (%1): kioski näyttää ne toisella kielellä, kunnes ne on kirjoitettu.</translation>
    </message>
</context>
<context>
    <name>QuestionTexts</name>
    <message>
        <source>Point %1</source>
        <translation>Kohta %1</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Vaihtoehto %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Osion otsikko</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Kysymyksen teksti</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Ohjeteksti</translation>
    </message>
    <message>
        <source>“Cannot say” answer</source>
        <translation>”En osaa sanoa” -vastaus</translation>
    </message>
    <message>
        <source>Label of the lowest number</source>
        <translation>Pienimmän luvun selite</translation>
    </message>
    <message>
        <source>Label of the highest number</source>
        <translation>Suurimman luvun selite</translation>
    </message>
</context>
<context>
    <name>QuestionTypes</name>
    <message>
        <source>Agreement scale (likert)</source>
        <translation>Samaa mieltä -asteikko (Likert)</translation>
    </message>
    <message>
        <source>Rating on a number scale</source>
        <translation>Arvio numeroasteikolla</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Yksi vaihtoehto</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Monivalinta</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Luku</translation>
    </message>
    <message>
        <source>Text answer</source>
        <translation>Tekstivastaus</translation>
    </message>
    <message>
        <source>Note (text only, no answer)</source>
        <translation>Huomautus (pelkkä teksti, ei vastausta)</translation>
    </message>
</context>
<context>
    <name>QuestionnaireEditor</name>
    <message>
        <source>Edit questionnaire</source>
        <translation>Muokkaa kyselyä</translation>
    </message>
    <message>
        <source>Problems that keep the questionnaire from saving</source>
        <translation>Ongelmat, joiden vuoksi kyselyä ei voi tallentaa</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Esikatsele…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Questionnaire %1, version %2</source>
        <translation>Kysely %1, versio %2</translation>
    </message>
    <message>
        <source>Check %1: it seems to ask for something that identifies a participant (a name, contact details, an address). Responses are meant to be anonymous, so remove or reword it unless it is harmless.</source>
        <translation>Tarkista %1: kysymys näyttää kysyvän jotakin, josta vastaajan voi tunnistaa (nimeä, yhteystietoja tai osoitetta). Vastausten on tarkoitus olla nimettömiä, joten poista kysymys tai muotoile se uudelleen, ellei se ole harmiton.</translation>
    </message>
    <message>
        <source>Not saved: fix these problems first (click one to go to its question).</source>
        <translation>Ei tallennettu: korjaa ensin nämä ongelmat (napsauta ongelmaa siirtyäksesi sen kysymykseen).</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>The questionnaire has changes that are not saved. Save them?</source>
        <translation>Kyselyssä on muutoksia, joita ei ole tallennettu. Tallennetaanko ne?</translation>
    </message>
</context>
<context>
    <name>QuestionnaireListDialog</name>
    <message>
        <source>Questionnaires</source>
        <translation>Kyselyt</translation>
    </message>
    <message>
        <source>A version that responses refer to never changes: editing it saves the next version. To make a questionnaire of your own, duplicate one and edit the copy.</source>
        <translation>Versio, johon on jo vastattu, ei koskaan muutu: muokkaukset tallentuvat seuraavaksi versioksi. Jos haluat oman kyselyn, kopioi jokin kysely ja muokkaa kopiota.</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Kopioi…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Copied as %1, version 1. Choose Edit… to change it.</source>
        <translation>Kopioitu tunnuksella %1, versio 1. Valitse Muokkaa…, jos haluat muuttaa sitä.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireTableModel</name>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Vastauksia</translation>
    </message>
</context>
<context>
    <name>RespondentFlow</name>
    <message>
        <source>This training session has been closed. Please tell the trainer.</source>
        <translation>Tämä koulutustilaisuus on suljettu. Kerro asiasta kouluttajalle.</translation>
    </message>
    <message>
        <source>Your answers could not be saved. Please tell the trainer. Your answers are still here, and you can try again.</source>
        <translation>Vastauksiasi ei voitu tallentaa. Kerro asiasta kouluttajalle. Vastauksesi ovat yhä tallessa, ja voit yrittää uudelleen.</translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <source>Section “%1”</source>
        <translation>Osio ”%1”</translation>
    </message>
    <message>
        <source>The kiosk shows the section title above each of its questions. Move a question up or down past the section's edge to move it into the section before or after.</source>
        <translation>Kioski näyttää osion otsikon jokaisen osion kysymyksen yläpuolella. Kun siirrät kysymystä osion reunan yli, se siirtyy edelliseen tai seuraavaan osioon.</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message>
        <source>Export…</source>
        <translation>Vie tiedostoon…</translation>
    </message>
    <message>
        <source>Export responses</source>
        <translation>Vie vastaukset</translation>
    </message>
    <message>
        <source>Save this session's responses as a CSV file or an Excel workbook</source>
        <translation>Tallenna tämän koulutuksen vastaukset CSV-tiedostoksi tai Excel-työkirjaksi</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Top 2</source>
        <translation>Kaksi ylintä</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Keskiarvo</translation>
    </message>
    <message>
        <source>Share of answers in the two highest points of the scale</source>
        <translation>Asteikon kahteen ylimpään kohtaan osuneiden vastausten osuus</translation>
    </message>
    <message numerus="yes">
        <source>%n completed response(s)</source>
        <translation>
            <numerusform>%n valmis vastaus</numerusform>
            <numerusform>%n valmista vastausta</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 expected)</source>
        <translation>(odotettu %1)</translation>
    </message>
    <message>
        <source>Trainers: %1</source>
        <translation>Kouluttajat: %1</translation>
    </message>
    <message>
        <source>Closed: accepts no responses</source>
        <translation>Suljettu: ei ota vastaan vastauksia</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoinna</translation>
    </message>
    <message>
        <source>fewer than %1 responses</source>
        <translation>alle %1 vastausta</translation>
    </message>
    <message>
        <source>No completed responses yet: the results appear here as participants answer.</source>
        <translation>Valmiita vastauksia ei vielä ole. Tulokset näkyvät tässä sitä mukaa kuin osallistujat vastaavat.</translation>
    </message>
    <message>
        <source>Results count completed responses only. Below %1 responses no percentage or average is shown, to protect the participants' anonymity.</source>
        <translation>Tuloksiin lasketaan vain valmiit vastaukset. Jos vastauksia on alle %1, prosenttiosuuksia tai keskiarvoja ei näytetä, jotta vastaajien nimettömyys säilyy.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit session</source>
        <translation>Muokkaa koulutusta</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Uusi koulutus</translation>
    </message>
    <message>
        <source>e.g. Identifying victims of trafficking</source>
        <translation>esim. Ihmiskaupan uhrien tunnistaminen</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>pp.kk.vvvv</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(ei annettu)</translation>
    </message>
    <message>
        <source>Names of the trainers, separated by commas</source>
        <translation>Kouluttajien nimet pilkuilla erotettuina</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ei annettu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Kohderyhmä</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Kouluttajat</translation>
    </message>
    <message>
        <source>Kiosk language</source>
        <translation>Kioskin oletuskieli</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Osallistujia odotetaan</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Kysely</translation>
    </message>
    <message>
        <source>This session already has responses, so it keeps its questionnaire version: every response of a session answers the same questions.</source>
        <translation>Tähän koulutukseen on jo vastattu, joten kyselyn versio pysyy samana: kaikki koulutuksen vastaukset vastaavat samoihin kysymyksiin.</translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation>%1 (%2, versio %3)</translation>
    </message>
    <message>
        <source>Give the training a title.</source>
        <translation>Anna koulutukselle nimi.</translation>
    </message>
    <message>
        <source>Write the date as dd.mm.yyyy, e.g. 28.11.2026.</source>
        <translation>Kirjoita päivämäärä muodossa pp.kk.vvvv, esim. 28.11.2026.</translation>
    </message>
    <message>
        <source>Choose an audience from the list.</source>
        <translation>Valitse kohderyhmä luettelosta.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Valitse kieli luettelosta.</translation>
    </message>
    <message>
        <source>Give a number from 1 to 10000, or leave it empty.</source>
        <translation>Anna luku väliltä 1–10000 tai jätä kenttä tyhjäksi.</translation>
    </message>
    <message>
        <source>This is too long: at most 200 characters.</source>
        <translation>Teksti on liian pitkä: enintään 200 merkkiä.</translation>
    </message>
</context>
<context>
    <name>SessionExporter</name>
    <message>
        <source>CSV for any spreadsheet (*.csv)</source>
        <translation>CSV, avautuu kaikissa taulukko-ohjelmissa (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook with summary and chart (*.xlsx)</source>
        <translation>Excel-työkirja, jossa yhteenveto ja kaavio (*.xlsx)</translation>
    </message>
    <message>
        <source>Export responses</source>
        <translation>Vie vastaukset</translation>
    </message>
    <message>
        <source>Exporting responses…</source>
        <translation>Viedään vastauksia…</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Vienti peruttiin. Tiedostoa ei tallennettu.</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) exported to %1.</source>
        <translation>
            <numerusform>%n vastaus viety tiedostoon %1.</numerusform>
            <numerusform>%n vastausta viety tiedostoon %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The question texts and value labels are in %1.</source>
        <translation>Kysymysten tekstit ja vastausvaihtoehtojen selitteet ovat tiedostossa %1.</translation>
    </message>
    <message>
        <source>The export failed: %1. Nothing was written; choose another folder or free some disk space, and try again.</source>
        <translation>Vienti epäonnistui: %1. Mitään ei tallennettu. Valitse toinen kansio tai vapauta levytilaa ja yritä uudelleen.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Vastauksia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoinna</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>Change the trainer PIN</source>
        <translation>Vaihda kouluttajan PIN-koodi</translation>
    </message>
    <message>
        <source>Set a trainer PIN</source>
        <translation>Aseta kouluttajan PIN-koodi</translation>
    </message>
    <message>
        <source>The PIN keeps participants from leaving the kiosk or seeing the trainer's screens. Choose 4 to 12 digits you will remember; if you forget it, 'feedback-app pin reset' removes it and keeps all data.</source>
        <translation>PIN-koodi estää osallistujia poistumasta kioskista tai näkemästä kouluttajan näkymiä. Valitse 4–12 numeroa, jotka muistat. Jos unohdat koodin, komento 'feedback-app pin reset' poistaa sen, eikä tietoja menetetä.</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Nykyinen PIN-koodi</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Uusi PIN-koodi</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Uusi PIN-koodi uudelleen</translation>
    </message>
    <message>
        <source>The two new PINs differ. Type the same PIN twice.</source>
        <translation>Uudet PIN-koodit eivät täsmää. Kirjoita sama koodi kahdesti.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Hylätään</translation>
    </message>
    <message>
        <source>Keep them, marked unfinished</source>
        <translation>Säilytetään keskeneräisiksi merkittyinä</translation>
    </message>
    <message>
        <source>Thank-you screen shows for</source>
        <translation>Kiitosnäkymän kesto</translation>
    </message>
    <message>
        <source>Idle question page asks "Are you still there?" after</source>
        <translation>Jos kysymyssivulla ei tapahdu mitään, kysytään ”Oletko vielä siellä?” ajan kuluttua</translation>
    </message>
    <message>
        <source>Unfinished responses of participants who walk away</source>
        <translation>Kesken jätetyt vastaukset</translation>
    </message>
    <message>
        <source>Minimum group size for results</source>
        <translation>Tulosten vähimmäisryhmäkoko</translation>
    </message>
    <message>
        <source>Organisations (one per line)</source>
        <translation>Organisaatiot (yksi riville)</translation>
    </message>
    <message>
        <source>Below the minimum group size no average, distribution or percentage is shown for a group; unfinished responses never count in results.</source>
        <translation>Jos ryhmässä on vähemmän vastauksia kuin vähimmäiskoko, siitä ei näytetä keskiarvoa, jakaumaa eikä prosenttiosuuksia. Keskeneräiset vastaukset eivät koskaan näy tuloksissa.</translation>
    </message>
</context>
<context>
    <name>StillTherePage</name>
    <message>
        <source>Are you still there?</source>
        <translation>Oletko vielä siellä?</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Kyllä, jatkan</translation>
    </message>
    <message numerus="yes">
        <source>The questionnaire starts over in %n second(s).</source>
        <translation>
            <numerusform>Kysely alkaa alusta %n sekunnin kuluttua.</numerusform>
            <numerusform>Kysely alkaa alusta %n sekunnin kuluttua.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextGrid</name>
    <message>
        <source>Missing translation</source>
        <translation>Käännös puuttuu</translation>
    </message>
</context>
<context>
    <name>TextWidget</name>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 merkkiä</translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <source>Thank you for your feedback!</source>
        <translation>Kiitos palautteestasi!</translation>
    </message>
    <message>
        <source>Your answers have been saved.</source>
        <translation>Vastauksesi on tallennettu.</translation>
    </message>
    <message>
        <source>Next participant</source>
        <translation>Seuraava vastaaja</translation>
    </message>
    <message numerus="yes">
        <source>The next participant can begin in %n second(s).</source>
        <translation>
            <numerusform>Seuraava vastaaja voi aloittaa %n sekunnin kuluttua.</numerusform>
            <numerusform>Seuraava vastaaja voi aloittaa %n sekunnin kuluttua.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainerHome</name>
    <message>
        <source>Training feedback</source>
        <translation>Koulutuspalaute</translation>
    </message>
    <message>
        <source>Questionnaires…</source>
        <translation>Kyselyt…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Asetukset…</translation>
    </message>
    <message>
        <source>Set a trainer PIN: you need it to leave the kiosk, and it keeps participants away from these screens.</source>
        <translation>Aseta kouluttajan PIN-koodi: tarvitset sitä poistuaksesi kioskista, ja se estää osallistujia pääsemästä näihin näkymiin.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Koulutukset</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Uusi koulutus…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation>Vaihda PIN-koodi…</translation>
    </message>
    <message>
        <source>Set PIN…</source>
        <translation>Aseta PIN-koodi…</translation>
    </message>
    <message>
        <source>Start feedback</source>
        <translation>Aloita palautteen keruu</translation>
    </message>
    <message>
        <source>Reopen session</source>
        <translation>Avaa koulutus uudelleen</translation>
    </message>
    <message>
        <source>Close session</source>
        <translation>Sulje koulutus</translation>
    </message>
    <message>
        <source>This session came from another laptop: it is answered there</source>
        <translation>Tämä koulutus on tuotu toiselta tietokoneelta: siihen vastataan siellä</translation>
    </message>
    <message>
        <source>Start feedback: %1</source>
        <translation>Aloita palautteen keruu: %1</translation>
    </message>
    <message>
        <source>This session is closed: reopen it to collect feedback</source>
        <translation>Koulutus on suljettu: avaa se uudelleen kerätäksesi palautetta</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Uusi koulutus</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Muokkaa koulutusta</translation>
    </message>
    <message>
        <source>Closing the session and tidying the database…</source>
        <translation>Suljetaan koulutusta ja siistitään tietokantaa…</translation>
    </message>
</context>
<context>
    <name>TypeSettings</name>
    <message>
        <source>Number of points</source>
        <translation>Kohtien määrä</translation>
    </message>
    <message>
        <source>Number of the first point</source>
        <translation>Ensimmäisen kohdan numero</translation>
    </message>
    <message>
        <source>Lowest number</source>
        <translation>Pienin luku</translation>
    </message>
    <message>
        <source>Highest number</source>
        <translation>Suurin luku</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Lisää vaihtoehto</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Vaihtoehdot</translation>
    </message>
    <message>
        <source>Smallest number</source>
        <translation>Pienin sallittu luku</translation>
    </message>
    <message>
        <source>Largest number</source>
        <translation>Suurin sallittu luku</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ei rajaa</translation>
    </message>
    <message>
        <source>Whole numbers only</source>
        <translation>Vain kokonaisluvut</translation>
    </message>
    <message>
        <source>Short (one line)</source>
        <translation>Lyhyt (yksi rivi)</translation>
    </message>
    <message>
        <source>Long (several lines)</source>
        <translation>Pitkä (useita rivejä)</translation>
    </message>
    <message>
        <source>Answer box</source>
        <translation>Vastauskenttä</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> merkkiä</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>Enimmäispituus</translation>
    </message>
    <message>
        <source>A note only shows its text (and help text); it takes no answer.</source>
        <translation>Huomautus näyttää vain tekstinsä (ja ohjetekstin); siihen ei vastata.</translation>
    </message>
    <message>
        <source>Offer a “cannot say” answer</source>
        <translation>Tarjoa ”En osaa sanoa” -vaihtoehto</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Please tell us what you thought of the training.</source>
        <translation>Kerro meille, mitä mieltä olit koulutuksesta.</translation>
    </message>
    <message>
        <source>Your answers are anonymous.</source>
        <translation>Vastauksesi ovat nimettömiä.</translation>
    </message>
    <message>
        <source>Start in English</source>
        <translation>Aloita suomeksi</translation>
    </message>
    <message>
        <source>Feedback cannot be saved on this computer right now. Please tell the trainer.</source>
        <translation>Palautetta ei voi juuri nyt tallentaa tälle tietokoneelle. Kerro asiasta kouluttajalle.</translation>
    </message>
</context>
</TS>
