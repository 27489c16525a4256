<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>AccessibilityGroup</name>
    <message>
        <source>Accessibility</source>
        <translation>Saavutettavuus</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstin koko</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>High contrast (black on white)</source>
        <translation>Suuri kontrasti (musta valkoisella)</translation>
    </message>
    <message>
        <source>For every screen, the kiosk&apos;s too. A participant can also choose larger text or high contrast on the kiosk&apos;s welcome screen, for their own answers.</source>
        <translation>Koskee kaikkia näkymiä, myös kioskia. Osallistuja voi lisäksi valita kioskin aloitusnäkymässä suuremman tekstin tai suuren kontrastin omia vastauksiaan varten.</translation>
    </message>
</context>
<context>
    <name>AnswerWidget</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Training %1</source>
        <extracomment>Names a file: the app writes its first frame there and ends (scripts/build_app.py&apos;s check).</extracomment>
        <translation>Koulutus %1</translation>
    </message>
    <message>
        <source>The daily backup or the automatic deletion did not run: %1</source>
        <translation>Päivän varmuuskopiointi tai automaattinen poisto jäi tekemättä: %1</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Päivittäinen varmuuskopio</translation>
    </message>
    <message>
        <source>Feedback cannot start</source>
        <translation>Sovellusta ei voi käynnistää</translation>
    </message>
    <message>
        <source>The newest good backup is %1. Restore it now?</source>
        <translation>Uusin ehjä varmuuskopio on %1. Palautetaanko se nyt?</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Palauta tämä varmuuskopio</translation>
    </message>
    <message>
        <source>%1 was restored: %2 responses of %3 sessions. The damaged database is kept as %4.</source>
        <translation>%1 palautettiin: %2 vastausta %3 koulutuksesta. Vioittunut tietokanta on tallessa nimellä %4.</translation>
    </message>
    <message>
        <source>The app is already running with the data folder %1. Switch to that window, or close it first.</source>
        <translation>Sovellus on jo käynnissä datakansiolla %1. Siirry sen ikkunaan tai sulje se ensin.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Training feedback</source>
        <translation>Koulutuspalaute</translation>
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
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <extracomment>The background of an entry the chain shows to have been changed or put in.</extracomment>
        <translation>Tapahtumaloki</translation>
    </message>
    <message>
        <source>What has been done with the data on this laptop, newest first. The log holds no responses and nothing about the participants. Each entry is linked to the one before it, so an entry changed or deleted outside the app shows here.</source>
        <translation>Mitä tämän tietokoneen tiedoille on tehty, uusin ensin. Lokissa ei ole vastauksia eikä mitään osallistujista. Jokainen merkintä on kytketty edelliseen, joten sovelluksen ulkopuolella muutettu tai poistettu merkintä näkyy tässä.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ajankohta</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <source>PIN set</source>
        <extracomment>Details that say nothing to a reader (ids and hashes kept for matching records). The order details are told in (the log stores them by name); the rest follow.</extracomment>
        <translation>PIN-koodi asetettu</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>PIN-koodi vaihdettu</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN-koodi nollattu</translation>
    </message>
    <message>
        <source>Session created</source>
        <translation>Koulutus luotu</translation>
    </message>
    <message>
        <source>Session edited</source>
        <translation>Koulutusta muokattu</translation>
    </message>
    <message>
        <source>Session closed</source>
        <translation>Koulutus suljettu</translation>
    </message>
    <message>
        <source>Session reopened</source>
        <translation>Koulutus avattu uudelleen</translation>
    </message>
    <message>
        <source>Session deleted</source>
        <translation>Koulutus poistettu</translation>
    </message>
    <message>
        <source>Responses exported</source>
        <translation>Vastaukset viety</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Raportti tallennettu</translation>
    </message>
    <message>
        <source>Results handed over</source>
        <translation>Tulokset luovutettu</translation>
    </message>
    <message>
        <source>Results imported</source>
        <translation>Tulokset tuotu</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Varmuuskopioitu</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Palautettu varmuuskopiosta</translation>
    </message>
    <message>
        <source>Responses deleted</source>
        <translation>Vastauksia poistettu</translation>
    </message>
    <message>
        <source>Automatic deletion changed</source>
        <translation>Automaattista poistoa muutettu</translation>
    </message>
    <message>
        <source>Questionnaire imported</source>
        <translation>Kysely tuotu</translation>
    </message>
    <message>
        <source>Questionnaire saved</source>
        <translation>Kysely tallennettu</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n koulutus</numerusform>
            <numerusform>%n koulutusta</numerusform>
        </translation>
    </message>
    <message>
        <source>the details cannot be read</source>
        <translation>tietoja ei voi lukea</translation>
    </message>
    <message>
        <source>held on %1</source>
        <translation>pidetty %1</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>ei muutoksia</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>muutettu: %1</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>muodossa %1</translation>
    </message>
    <message>
        <source>from the file %1</source>
        <translation>tiedostosta %1</translation>
    </message>
    <message>
        <source>there was no database to keep</source>
        <translation>säilytettävää tietokantaa ei ollut</translation>
    </message>
    <message>
        <source>the replaced database kept as %1</source>
        <translation>korvattu tietokanta tallessa nimellä %1</translation>
    </message>
    <message>
        <source>from the laptop %1</source>
        <translation>tietokoneelta %1</translation>
    </message>
    <message>
        <source>sessions held before %1</source>
        <translation>ennen %1 pidetyt koulutukset</translation>
    </message>
    <message>
        <source>backup made just before: %1</source>
        <translation>juuri ennen poistoa tehty varmuuskopio: %1</translation>
    </message>
    <message>
        <source>questionnaire version %1</source>
        <translation>kyselyn versio %1</translation>
    </message>
    <message>
        <source>a new questionnaire</source>
        <translation>uusi kysely</translation>
    </message>
    <message>
        <source>a new version</source>
        <translation>uusi versio</translation>
    </message>
    <message>
        <source>the version replaced</source>
        <translation>versio korvattu</translation>
    </message>
    <message>
        <source>responses are deleted only on request</source>
        <translation>vastaukset poistetaan vain erikseen pyydettäessä</translation>
    </message>
    <message numerus="yes">
        <source>responses deleted after %n month(s)</source>
        <translation>
            <numerusform>vastaukset poistetaan %n kuukauden jälkeen</numerusform>
            <numerusform>vastaukset poistetaan %n kuukauden jälkeen</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>salattu</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>salaamaton</translation>
    </message>
    <message>
        <source>everything not handed over yet</source>
        <translation>kaikki vielä luovuttamaton</translation>
    </message>
    <message>
        <source>automatically, past the retention period</source>
        <translation>automaattisesti säilytysajan umpeuduttua</translation>
    </message>
    <message>
        <source>with comments</source>
        <translation>kommenttien kanssa</translation>
    </message>
    <message>
        <source>without comments</source>
        <translation>ilman kommentteja</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n vastaus</numerusform>
            <numerusform>%n vastausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n valmis</numerusform>
            <numerusform>%n valmista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished</source>
        <translation>
            <numerusform>%n keskeneräinen</numerusform>
            <numerusform>%n keskeneräistä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n uusi koulutus</numerusform>
            <numerusform>%n uutta koulutusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated session(s)</source>
        <translation>
            <numerusform>%n päivitetty koulutus</numerusform>
            <numerusform>%n päivitettyä koulutusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new response(s)</source>
        <translation>
            <numerusform>%n uusi vastaus</numerusform>
            <numerusform>%n uutta vastausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n oli jo täällä</numerusform>
            <numerusform>%n oli jo täällä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting record(s) left as they were</source>
        <translation>
            <numerusform>%n ristiriitainen tietue jätettiin ennalleen</numerusform>
            <numerusform>%n ristiriitaista tietuetta jätettiin ennalleen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) moved to it</source>
        <translation>
            <numerusform>%n koulutus siirrettiin siihen</numerusform>
            <numerusform>%n koulutusta siirrettiin siihen</numerusform>
        </translation>
    </message>
    <message>
        <source>title</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>date</source>
        <translation>päivämäärä</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisaatio</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>kohderyhmä</translation>
    </message>
    <message>
        <source>location</source>
        <translation>paikka</translation>
    </message>
    <message>
        <source>trainers</source>
        <translation>kouluttajat</translation>
    </message>
    <message>
        <source>kiosk language</source>
        <translation>kioskin oletuskieli</translation>
    </message>
    <message>
        <source>expected participants</source>
        <translation>odotettu osallistujamäärä</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>kysely</translation>
    </message>
    <message>
        <source>The log is empty: nothing has been recorded yet.</source>
        <translation>Loki on tyhjä: mitään ei ole vielä kirjattu.</translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %n entries.</source>
        <translation>
            <numerusform>Loki on eheä: %n merkintä.</numerusform>
            <numerusform>Loki on eheä: %n merkintää.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log has been changed outside the app: the entries below no longer match what was recorded.</source>
        <translation>Lokia on muutettu sovelluksen ulkopuolella: alla mainitut merkinnät eivät enää vastaa sitä, mitä kirjattiin.</translation>
    </message>
    <message>
        <source>Entry %1 has been changed.</source>
        <translation>Merkintää %1 on muutettu.</translation>
    </message>
    <message>
        <source>Entry %1 has been deleted.</source>
        <translation>Merkintä %1 on poistettu.</translation>
    </message>
    <message>
        <source>Entries %1–%2 have been deleted.</source>
        <translation>Merkinnät %1–%2 on poistettu.</translation>
    </message>
    <message>
        <source>Entry %1 has been inserted.</source>
        <translation>Merkintä %1 on lisätty jälkikäteen.</translation>
    </message>
    <message>
        <source>An entry before entry %1 has been deleted.</source>
        <translation>Merkintää %1 edeltävä merkintä on poistettu.</translation>
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
    <name>BrandingGroup</name>
    <message>
        <source>Branding</source>
        <translation>Organisaation nimi ja logo</translation>
    </message>
    <message>
        <source>Organisation&apos;s title on the kiosk</source>
        <translation>Organisaation nimi kioskissa</translation>
    </message>
    <message>
        <source>e.g. Police University College</source>
        <translation>esim. Poliisiammattikorkeakoulu</translation>
    </message>
    <message>
        <source>The logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Valitse logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Poista logo</translation>
    </message>
    <message>
        <source>Shown above the welcome text on the kiosk: a PNG, JPG or SVG file, kept at most 512 pixels on its longer side.</source>
        <translation>Näkyy kioskissa tervetulotekstin yläpuolella: PNG-, JPG- tai SVG-tiedosto, joka tallennetaan pidemmältä sivultaan enintään 512 pikselin kokoisena.</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Valitse logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Kuvat (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>%1 is too large for a logo: choose a picture file of at most %2 MB.</source>
        <translation>%1 on liian suuri logoksi: valitse kuvatiedosto, jonka koko on enintään %2 Mt.</translation>
    </message>
    <message>
        <source>%1 cannot be read: check that the file is still there.</source>
        <translation>Tiedostoa %1 ei voi lukea: tarkista, että se on yhä tallessa.</translation>
    </message>
    <message>
        <source>%1 is not a picture: choose a PNG, JPG or SVG file.</source>
        <translation>%1 ei ole kuva: valitse PNG-, JPG- tai SVG-tiedosto.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ei logoa</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import bundles</source>
        <translation>Tuo siirtotiedostoja</translation>
    </message>
    <message>
        <source>Add the files the trainers handed over, or drag them here. Each file is checked first and shows what it would add; nothing is imported before you press Import.</source>
        <translation>Lisää kouluttajien luovuttamat tiedostot tai vedä ne tähän. Jokainen tiedosto tarkistetaan ensin, ja luettelosta näet, mitä se toisi mukanaan. Mitään ei tuoda ennen kuin painat Tuo.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Lisää tiedostoja…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Type the passphrase…</source>
        <translation>Kirjoita tunnuslause…</translation>
    </message>
    <message>
        <source>Also import bundles with conflicts, leaving those records as they are here</source>
        <translation>Tuo myös siirtotiedostot, joissa on ristiriitoja; ristiriitaiset tiedot jäävät tällä tietokoneella ennalleen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Results files (*.fbundle);;All files (*)</source>
        <translation>Siirtotiedostot (*.fbundle);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Nothing more was imported: %1</source>
        <translation>Enempää ei tuotu: %1</translation>
    </message>
</context>
<context>
    <name>BundleTable</name>
    <message>
        <source>Files to import</source>
        <extracomment>The file column&apos;s width at first, in pixels at 100 % text (the trainer can widen it). The status column&apos;s narrowest, in average characters: past that the table scrolls sideways.</extracomment>
        <translation>Tuotavat tiedostot</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Tietokone</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Luovutettu</translation>
    </message>
    <message>
        <source>New sessions</source>
        <translation>Uusia koulutuksia</translation>
    </message>
    <message>
        <source>New responses</source>
        <translation>Uusia vastauksia</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Jo tallessa</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ristiriitoja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>BundleTexts</name>
    <message>
        <source>Importing %1 (file %2 of %3)…</source>
        <translation>Tuodaan %1 (tiedosto %2/%3)…</translation>
    </message>
    <message>
        <source>The file is no longer there. Add it again from where it is now.</source>
        <translation>Tiedostoa ei enää löydy. Lisää se uudelleen sen nykyisestä sijainnista.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1). Check that it is still there and that you may read it.</source>
        <translation>Tiedostoa ei voi lukea (%1). Tarkista, että se on yhä tallessa ja että sinulla on oikeus lukea sitä.</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Tämä tietokone</translation>
    </message>
    <message>
        <source>(+%1 updated)</source>
        <translation>(+%1 päivitetty)</translation>
    </message>
    <message>
        <source>Waiting to be checked</source>
        <translation>Odottaa tarkistusta</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <source>Checking… %1 %</source>
        <translation>Tarkistetaan… %1 %</translation>
    </message>
    <message>
        <source>Ready to import; the conflicting records stay as they are here.</source>
        <translation>Valmis tuotavaksi; ristiriitaiset tiedot jäävät tällä tietokoneella ennalleen.</translation>
    </message>
    <message>
        <source>Has records that differ from those stored here: imported only with the box below ticked.</source>
        <translation>Sisältää tietoja, jotka poikkeavat tähän tallennetuista: tuodaan vain, jos alla oleva ruutu on valittuna.</translation>
    </message>
    <message>
        <source>Nothing new: all of it is here already.</source>
        <translation>Ei mitään uutta: kaikki on jo tallessa.</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Valmis tuotavaksi</translation>
    </message>
    <message>
        <source>Nothing new: all of it was here already.</source>
        <translation>Ei mitään uutta: kaikki oli jo tallessa.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Tuotu</translation>
    </message>
    <message>
        <source>the conflicting records stay as they are here</source>
        <translation>ristiriitaiset tiedot jäivät ennalleen</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) already here in a later edit</source>
        <translation>
            <numerusform>%n koulutus oli jo tallessa myöhemmin muokattuna</numerusform>
            <numerusform>%n koulutusta oli jo tallessa myöhemmin muokattuina</numerusform>
        </translation>
    </message>
    <message>
        <source>No files yet: add the files the trainers handed over.</source>
        <translation>Ei vielä tiedostoja: lisää kouluttajien luovuttamat tiedostot.</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Tiedostoja tarkistetaan…</translation>
    </message>
    <message>
        <source>Nothing to import yet: tick the box above to import the files with conflicts.</source>
        <translation>Ei vielä mitään tuotavaa: valitse yllä oleva ruutu, jos haluat tuoda tiedostot, joissa on ristiriitoja.</translation>
    </message>
    <message>
        <source>Nothing to import: add more files.</source>
        <translation>Ei mitään tuotavaa: lisää tiedostoja.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import from %n file(s): %1.</source>
        <translation>
            <numerusform>Tuotavissa %n tiedostosta: %1.</numerusform>
            <numerusform>Tuotavissa %n tiedostosta: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported from %n file(s): %1.</source>
        <translation>
            <numerusform>Tuotu %n tiedostosta: %1.</numerusform>
            <numerusform>Tuotu %n tiedostosta: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new was imported.</source>
        <translation>Mitään uutta ei tuotu.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) held nothing new.</source>
        <translation>
            <numerusform>%n tiedostossa ei ollut mitään uutta.</numerusform>
            <numerusform>%n tiedostossa ei ollut mitään uutta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused: the list says why.</source>
        <translation>
            <numerusform>%n tiedosto hylättiin: syy näkyy luettelossa.</numerusform>
            <numerusform>%n tiedostoa hylättiin: syyt näkyvät luettelossa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files not marked imported were left out.</source>
        <translation>Peruttu: tiedostot, joita ei ole merkitty tuoduiksi, jätettiin pois.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 ja %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n uusi koulutus</numerusform>
            <numerusform>%n uutta koulutusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new response(s)</source>
        <translation>
            <numerusform>%n uusi vastaus</numerusform>
            <numerusform>%n uutta vastausta</numerusform>
        </translation>
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
    <name>CommentsBrowser</name>
    <message>
        <source>Search the comments</source>
        <extracomment>How long typing may pause before the search runs.</extracomment>
        <translation>Hae kommenteista</translation>
    </message>
    <message>
        <source>Search the comments…</source>
        <translation>Hae kommenteista…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Another sample</source>
        <translation>Uusi otos</translation>
    </message>
    <message>
        <source>Draw the comments again, in a new random order</source>
        <translation>Poimi kommentit uudelleen uudessa satunnaisessa järjestyksessä</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentit</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Kaikki kysymykset</translation>
    </message>
    <message>
        <source>The comments are withheld: the selection has fewer than %1 responses, and a comment is a participant&apos;s own words.</source>
        <translation>Kommentteja ei näytetä, koska valinnassa on alle %1 vastausta ja kommentit ovat osallistujien omia sanoja.</translation>
    </message>
    <message>
        <source>No comment contains “%1”.</source>
        <translation>Yhdessäkään kommentissa ei ole hakusanaa ”%1”.</translation>
    </message>
    <message>
        <source>No comments in this selection.</source>
        <translation>Tässä valinnassa ei ole kommentteja.</translation>
    </message>
    <message>
        <source>%1 of %2 comments, a random sample in random order.</source>
        <translation>Näytetään %1 kommenttia (yhteensä %2): satunnainen otos satunnaisessa järjestyksessä.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s), in random order.</source>
        <translation>
            <numerusform>%n kommentti satunnaisessa järjestyksessä.</numerusform>
            <numerusform>%n kommenttia satunnaisessa järjestyksessä.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Mean</source>
        <comment>short heading of a column</comment>
        <extracomment>The header&apos;s top part: the item&apos;s text spanning its columns. Lines of an item&apos;s text over its columns.</extracomment>
        <translation>Ka.</translation>
    </message>
    <message>
        <source>Top 2</source>
        <comment>short heading of a column</comment>
        <translation>2 ylintä</translation>
    </message>
    <message>
        <source>Mean of the answers on the scale</source>
        <translation>Asteikolla annettujen vastausten keskiarvo</translation>
    </message>
    <message>
        <source>Share of answers in the two highest points of the scale</source>
        <translation>Asteikon kahteen ylimpään kohtaan osuneiden vastausten osuus</translation>
    </message>
    <message>
        <source>Answers on the scale (without “cannot say”)</source>
        <translation>Asteikolla annetut vastaukset (ilman vastausta ”En osaa sanoa”)</translation>
    </message>
    <message>
        <source>Withheld: fewer than %1 responses</source>
        <translation>Ei näytetä: alle %1 vastausta</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Organisation</source>
        <extracomment>The widest the column of organisation names grows (at 100 % text).</extracomment>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Kohderyhmä</translation>
    </message>
    <message>
        <source>Compare by</source>
        <translation>Vertailuperuste</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vertailu</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>“–”: a group with fewer than %1 responses, withheld. Click a heading to sort.</source>
        <translation>”–”: ryhmässä on alle %1 vastausta, joten tulosta ei näytetä. Lajittele napsauttamalla otsikkoa.</translation>
    </message>
    <message>
        <source>(no audience)</source>
        <translation>(ei kohderyhmää)</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(ei organisaatiota)</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <source>Backups and data…</source>
        <translation>Varmuuskopiot ja tiedot…</translation>
    </message>
    <message>
        <source>Back up the database, restore a backup, delete responses, see the log</source>
        <translation>Varmuuskopioi tietokanta, palauta varmuuskopio, poista vastauksia tai katso tapahtumaloki</translation>
    </message>
    <message>
        <source>Back up to…</source>
        <translation>Varmuuskopioi tiedostoon…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Palauta varmuuskopio…</translation>
    </message>
    <message>
        <source>Delete responses…</source>
        <translation>Poista vastauksia…</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Tapahtumaloki…</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Varmuuskopioi tiedostoon</translation>
    </message>
    <message>
        <source>Backups (*.db)</source>
        <translation>Varmuuskopiot (*.db)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Varmuuskopiointi</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Kirjoitetaan varmuuskopiota…</translation>
    </message>
    <message>
        <source>Backed up: %1.</source>
        <translation>Varmuuskopioitu: %1.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tiedosto: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <source>Restoring the backup and checking it…</source>
        <translation>Palautetaan ja tarkistetaan varmuuskopiota…</translation>
    </message>
    <message>
        <source>Restored %1: %2.</source>
        <translation>%1 palautettu: %2.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as the backup %1 in the data folder.</source>
        <translation>Korvattu tietokanta on tallessa varmuuskopiona %1 tietokannan kansiossa.</translation>
    </message>
    <message>
        <source>There was no database to keep.</source>
        <translation>Säilytettävää tietokantaa ei ollut.</translation>
    </message>
    <message>
        <source>Delete responses</source>
        <translation>Poista vastauksia</translation>
    </message>
    <message>
        <source>Deleting the responses and rewriting the database…</source>
        <translation>Poistetaan vastauksia ja kirjoitetaan tietokanta uudelleen…</translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation>Poistettu: %1.</translation>
    </message>
    <message>
        <source>The backup made just before, %1, is kept for %2 days.</source>
        <translation>Juuri ennen poistoa tehty varmuuskopio %1 säilytetään %2 päivää.</translation>
    </message>
    <message numerus="yes">
        <source>They were also removed from %n other backup(s) in the data folder.</source>
        <translation>
            <numerusform>Ne poistettiin myös %n muusta varmuuskopiosta tietokannan kansiossa.</numerusform>
            <numerusform>Ne poistettiin myös %n muusta varmuuskopiosta tietokannan kansiossa.</numerusform>
        </translation>
    </message>
    <message>
        <source>These backups could not be rewritten and still hold the deleted responses: %1. Delete them from the data folder&apos;s backups folder, or try again.</source>
        <translation>Näitä varmuuskopioita ei voitu kirjoittaa uudelleen, joten poistetut vastaukset ovat yhä niissä: %1. Poista ne tietokannan kansion backups-kansiosta tai yritä uudelleen.</translation>
    </message>
    <message>
        <source>A backup, a restore or a deletion is still running.</source>
        <translation>Varmuuskopiointi, palautus tai poisto on vielä kesken.</translation>
    </message>
    <message>
        <source>A session is still being closed.</source>
        <translation>Koulutuksen sulkeminen on vielä kesken.</translation>
    </message>
    <message>
        <source>The daily backup is still being written.</source>
        <translation>Päivän varmuuskopiota kirjoitetaan vielä.</translation>
    </message>
    <message>
        <source>Responses are still being exported.</source>
        <translation>Vastausten vienti on vielä kesken.</translation>
    </message>
    <message>
        <source>A report is still being written.</source>
        <translation>Raportin kirjoittaminen on vielä kesken.</translation>
    </message>
    <message>
        <source>Wait until it has finished, then try again.</source>
        <translation>Odota, että se valmistuu, ja yritä sitten uudelleen.</translation>
    </message>
</context>
<context>
    <name>DataTexts</name>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n vastaus</numerusform>
            <numerusform>%n vastausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s)</source>
        <translation>
            <numerusform>%1 %n koulutuksesta</numerusform>
            <numerusform>%1 %n koulutuksesta</numerusform>
        </translation>
    </message>
    <message>
        <source>When the app started</source>
        <translation>Sovelluksen käynnistyessä</translation>
    </message>
    <message>
        <source>When a session was closed</source>
        <translation>Koulutusta suljettaessa</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Käsin tehty</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Ennen tuontia</translation>
    </message>
    <message>
        <source>Before responses were deleted</source>
        <translation>Ennen vastausten poistamista</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Palautuksen korvaama</translation>
    </message>
    <message>
        <source>Before an update of the app</source>
        <translation>Ennen sovelluksen päivitystä</translation>
    </message>
    <message>
        <source>A damaged database, kept as it was</source>
        <translation>Vioittunut tietokanta sellaisenaan</translation>
    </message>
    <message>
        <source>A file from elsewhere</source>
        <translation>Tiedosto muualta</translation>
    </message>
    <message>
        <source>Not a backup</source>
        <translation>Ei varmuuskopio</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Vioittunut</translation>
    </message>
    <message>
        <source>From a newer version</source>
        <translation>Uudemmasta versiosta</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Ei voi lukea</translation>
    </message>
    <message>
        <source>Cannot be restored</source>
        <translation>Ei voi palauttaa</translation>
    </message>
    <message>
        <source>Cannot be restored: not a backup of this app</source>
        <translation>Ei voi palauttaa: ei tämän sovelluksen varmuuskopio</translation>
    </message>
    <message>
        <source>Cannot be restored: the file is damaged</source>
        <translation>Ei voi palauttaa: tiedosto on vioittunut</translation>
    </message>
    <message>
        <source>Cannot be restored: made by a newer version of the app</source>
        <translation>Ei voi palauttaa: tehty sovelluksen uudemmalla versiolla</translation>
    </message>
    <message>
        <source>Cannot be restored: the file cannot be read</source>
        <translation>Ei voi palauttaa: tiedostoa ei voi lukea</translation>
    </message>
</context>
<context>
    <name>DeleteResponsesDialog</name>
    <message>
        <source>Delete responses</source>
        <translation>Poista vastauksia</translation>
    </message>
    <message>
        <source>Which responses do you want to delete for good?</source>
        <translation>Mitkä vastaukset haluat poistaa pysyvästi?</translation>
    </message>
    <message>
        <source>no session selected</source>
        <translation>koulutusta ei ole valittu</translation>
    </message>
    <message>
        <source>The responses of the selected session (%1)</source>
        <translation>Valitun koulutuksen vastaukset (%1)</translation>
    </message>
    <message>
        <source>The sessions stay, with their titles, dates and other details; only their responses go. The deleted answers are removed from the database file and from the backups in the data folder. A backup made just before the deletion is kept for %1 days, in case the deletion was a mistake, and then removed. Copies elsewhere, such as exports, hand-overs and backups on a USB stick, are not changed.</source>
        <translation>Koulutukset säilyvät nimineen, päivämäärineen ja muine tietoineen; vain niiden vastaukset poistetaan. Poistetut vastaukset häviävät tietokantatiedostosta ja tietokannan kansion varmuuskopioista. Juuri ennen poistoa tehty varmuuskopio säilytetään %1 päivää siltä varalta, että poisto oli virhe, ja poistetaan sitten. Muualla olevia kopioita, kuten vientejä, luovutuksia ja USB-muistin varmuuskopioita, ei muuteta.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message numerus="yes">
        <source>The responses of sessions held more than %n month(s) ago</source>
        <translation>
            <numerusform>Yli %n kuukausi sitten pidettyjen koulutusten vastaukset</numerusform>
            <numerusform>Yli %n kuukautta sitten pidettyjen koulutusten vastaukset</numerusform>
        </translation>
    </message>
    <message>
        <source>These are the sessions held before %1.</source>
        <translation>Mukana ovat ennen %1 pidetyt koulutukset.</translation>
    </message>
    <message>
        <source>The selected session has no responses: there is nothing to delete.</source>
        <translation>Valitulla koulutuksella ei ole vastauksia: poistettavaa ei ole.</translation>
    </message>
    <message>
        <source>No session that old has responses: there is nothing to delete.</source>
        <translation>Niin vanhoilla koulutuksilla ei ole vastauksia: poistettavaa ei ole.</translation>
    </message>
    <message numerus="yes">
        <source>This deletes %n response(s)</source>
        <translation>
            <numerusform>Tämä poistaa %n vastauksen</numerusform>
            <numerusform>Tämä poistaa %n vastausta</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 completed, %2 unfinished)</source>
        <translation>(valmiita %1, keskeneräisiä %2)</translation>
    </message>
    <message numerus="yes">
        <source>of %n session(s).</source>
        <translation>
            <numerusform>%n koulutuksesta.</numerusform>
            <numerusform>%n koulutuksesta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete these responses for good?</source>
        <translation>Poistetaanko nämä vastaukset pysyvästi?</translation>
    </message>
    <message>
        <source>After %1 days they cannot be brought back.</source>
        <translation>%1 päivän kuluttua niitä ei voi enää palauttaa.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
</context>
<context>
    <name>DivergingChart</name>
    <message>
        <source>Agreement by item</source>
        <extracomment>Where the &quot;cannot say&quot; column starts, past the 100 % of agreement.</extracomment>
        <translation>Vastausten jakauma väittämittäin</translation>
    </message>
    <message>
        <source>fewer than %1 responses</source>
        <translation>alle %1 vastausta</translation>
    </message>
    <message>
        <source>cannot say: %1</source>
        <translation>en osaa sanoa: %1</translation>
    </message>
    <message>
        <source>Withheld: fewer than %1 responses</source>
        <translation>Ei näytetä: alle %1 vastausta</translation>
    </message>
    <message>
        <source>Cannot say: %1 of %2 responses (%3)</source>
        <translation>En osaa sanoa: %1 (%3 kaikista %2 vastauksesta)</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3/%4)</translation>
    </message>
    <message>
        <source>Cannot say</source>
        <translation>En osaa sanoa</translation>
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
        <source>Shown unless the answer to “%1” is %2.</source>
        <translation>Näytetään, ellei vastaus kysymykseen ”%1” ole %2.</translation>
    </message>
    <message>
        <source>Shown unless the answer to “%1” is one of %2.</source>
        <translation>Näytetään, ellei vastaus kysymykseen ”%1” ole jokin seuraavista: %2.</translation>
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
        <source>This session was created on another laptop: it is edited, closed and answered there, and its results come here in the files handed over from that laptop.</source>
        <translation>Tämä koulutus on luotu toisella tietokoneella: sitä muokataan, se suljetaan ja siihen vastataan siellä, ja sen tulokset tulevat tänne siltä koneelta luovutetuissa siirtotiedostoissa.</translation>
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
    <message>
        <source>This is not a results file (.fbundle) of this app. Choose the file that the trainer handed over.</source>
        <translation>Tämä ei ole sovelluksen siirtotiedosto (.fbundle). Valitse kouluttajan luovuttama tiedosto.</translation>
    </message>
    <message>
        <source>The file is cut short, perhaps an incomplete copy. Copy it again, or ask the trainer to hand the results over again.</source>
        <translation>Tiedosto on katkennut, ehkä kopiointi jäi kesken. Kopioi se uudelleen tai pyydä kouluttajaa luovuttamaan tulokset uudelleen.</translation>
    </message>
    <message>
        <source>The file is damaged: its content has changed since it was saved. Copy it again, or ask the trainer to hand the results over again.</source>
        <translation>Tiedosto on vioittunut: sen sisältö on muuttunut tallentamisen jälkeen. Kopioi se uudelleen tai pyydä kouluttajaa luovuttamaan tulokset uudelleen.</translation>
    </message>
    <message>
        <source>The file was saved by a newer version of the app. Update the app on this laptop, then import the file again.</source>
        <translation>Tiedosto on tallennettu sovelluksen uudemmalla versiolla. Päivitä sovellus tällä tietokoneella ja tuo tiedosto sitten uudelleen.</translation>
    </message>
    <message>
        <source>The file holds something other than valid results of this app, so nothing of it was imported. Ask the trainer to hand the results over again.</source>
        <translation>Tiedostossa on jotain muuta kuin tämän sovelluksen kelvollisia tuloksia, joten siitä ei tuotu mitään. Pyydä kouluttajaa luovuttamaan tulokset uudelleen.</translation>
    </message>
    <message>
        <source>The file is encrypted: it opens only with the passphrase of the project manager&apos;s key. Press “Type the passphrase…” and type it.</source>
        <translation>Tiedosto on salattu: se aukeaa vain projektipäällikön avaimen tunnuslauseella. Paina ”Kirjoita tunnuslause…” ja kirjoita se.</translation>
    </message>
    <message>
        <source>The file holds records that differ from those stored here, so nothing of it was imported. To import the rest and leave those records as they are here, tick the box for bundles with conflicts and import again.</source>
        <translation>Tiedostossa on tietoja, jotka poikkeavat tähän tallennetuista, joten siitä ei tuotu mitään. Jos haluat tuoda muun sisällön ja jättää nämä tiedot ennalleen, valitse ristiriitoja koskeva ruutu ja tuo uudelleen.</translation>
    </message>
    <message>
        <source>This file is not a backup of this app. Choose a backup file (.db) that the app wrote.</source>
        <translation>Tiedosto ei ole tämän sovelluksen varmuuskopio. Valitse sovelluksen tekemä varmuuskopiotiedosto (.db).</translation>
    </message>
    <message>
        <source>The backup is damaged, so it cannot be restored. Choose another backup; nothing was changed.</source>
        <translation>Varmuuskopio on vioittunut, joten sitä ei voi palauttaa. Valitse toinen varmuuskopio; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of the app. Update the app on this laptop, then restore it.</source>
        <translation>Varmuuskopio on tehty sovelluksen uudemmalla versiolla. Päivitä sovellus tällä tietokoneella ja palauta varmuuskopio sitten.</translation>
    </message>
    <message>
        <source>The backup cannot be read. Check that the file is still there and that you may read it.</source>
        <translation>Varmuuskopiota ei voi lukea. Tarkista, että tiedosto on yhä tallella ja että sinulla on oikeus lukea sitä.</translation>
    </message>
    <message>
        <source>The app is open with this data folder in another window or in the kiosk. Close it first, then restore; nothing was changed.</source>
        <translation>Sovellus on auki tällä tietokannan kansiolla toisessa ikkunassa tai kioskissa. Sulje se ensin ja palauta sitten; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The file could not be written, and nothing was changed.</source>
        <translation>Tiedostoa ei voitu kirjoittaa, eikä mitään muutettu.</translation>
    </message>
    <message>
        <source>Check that there is free space and that you may write there.</source>
        <translation>Tarkista, että levyllä on tilaa ja että sinulla on oikeus kirjoittaa sinne.</translation>
    </message>
    <message>
        <source>%1 is inside the app&apos;s data folder, which holds the database. Choose a file elsewhere.</source>
        <translation>%1 on sovelluksen tietokannan kansiossa. Valitse tiedostolle toinen paikka.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name.</source>
        <translation>%1 on kansio. Anna tiedostolle nimi.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file. Give a file name.</source>
        <translation>%1 ei ole tavallinen tiedosto. Anna tiedostolle nimi.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another one.</source>
        <translation>Kansiota %1 ei ole. Luo se tai valitse toinen kansio.</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another name.</source>
        <translation>%1 on jo olemassa. Valitse toinen nimi.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. Choose another folder.</source>
        <translation>Kansioon %1 ei voi kirjoittaa. Valitse toinen kansio.</translation>
    </message>
    <message>
        <source>There are no responses to export, so nothing was written.</source>
        <translation>Vietäviä vastauksia ei ole, joten mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>%1 is an old .xls file. Open it in Excel, save it as .xlsx and import that file.</source>
        <translation>%1 on vanha .xls-tiedosto. Avaa se Excelissä, tallenna .xlsx-muodossa ja tuo se tiedosto.</translation>
    </message>
    <message>
        <source>%1 is not a questionnaire file. Choose a .json file of this app or an XLSForm (.xlsx).</source>
        <translation>%1 ei ole kyselytiedosto. Valitse tämän sovelluksen .json-tiedosto tai XLSForm-lomake (.xlsx).</translation>
    </message>
    <message>
        <source>%1 is no longer there. Choose the file again.</source>
        <translation>Tiedostoa %1 ei enää löydy. Valitse tiedosto uudelleen.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file. Choose a .json or .xlsx file.</source>
        <translation>%1 ei ole tavallinen tiedosto. Valitse .json- tai .xlsx-tiedosto.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it as UTF-8 in your text editor and try again.</source>
        <translation>%1 ei ole UTF-8-tekstiä. Tallenna se tekstieditorissa UTF-8-muodossa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The questionnaire cannot be written as an XLSForm, so no file was written. Export it as JSON, or change what is listed here:</source>
        <translation>Kyselyä ei voi kirjoittaa XLSForm-lomakkeeksi, joten tiedostoa ei kirjoitettu. Vie se JSON-muodossa tai muuta tässä lueteltuja kohtia:</translation>
    </message>
    <message>
        <source>The file is encrypted but cannot be read; it may be cut short. Copy it again.</source>
        <translation>Tiedosto on salattu, mutta sitä ei voi lukea; se voi olla katkennut. Kopioi se uudelleen.</translation>
    </message>
    <message>
        <source>The file is encrypted for the project manager, and this laptop has no project manager&apos;s key to open it. Import it on the project manager&apos;s laptop.</source>
        <translation>Tiedosto on salattu projektipäällikölle, eikä tällä tietokoneella ole projektipäällikön avainta sen avaamiseen. Tuo se projektipäällikön tietokoneella.</translation>
    </message>
    <message>
        <source>The file is encrypted for another project manager&apos;s key, not for the one on this laptop. Ask the trainer to check the key in Settings and hand the results over again.</source>
        <translation>Tiedosto on salattu toisen projektipäällikön avaimelle, ei tällä tietokoneella olevalle. Pyydä kouluttajaa tarkistamaan avain asetuksista ja luovuttamaan tulokset uudelleen.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, so the key was not opened. Type it again.</source>
        <translation>Tunnuslause on väärä, joten avainta ei avattu. Kirjoita se uudelleen.</translation>
    </message>
    <message>
        <source>This laptop already has a project manager&apos;s key. It is not replaced: the files encrypted for it would no longer open.</source>
        <translation>Tällä tietokoneella on jo projektipäällikön avain. Sitä ei korvata, koska sille salatut tiedostot eivät enää aukeaisi.</translation>
    </message>
    <message>
        <source>That is not a project manager&apos;s public key. The key is one line that begins with age1; copy the whole line from the project manager.</source>
        <translation>Tämä ei ole projektipäällikön julkinen avain. Avain on yksi rivi, joka alkaa age1; kopioi projektipäälliköltä saamasi rivi kokonaan.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 8 characters.</source>
        <translation>Tunnuslause on liian lyhyt: käytä vähintään 8 merkkiä.</translation>
    </message>
    <message>
        <source>There is nothing to hand over: everything has been handed over already, or the chosen sessions are no longer here. No file was written.</source>
        <translation>Luovutettavaa ei ole: kaikki on jo luovutettu, tai valittuja koulutuksia ei enää ole. Tiedostoa ei tallennettu.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Tiedostoa ei voi tuoda: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Asti</translation>
    </message>
    <message>
        <source>All</source>
        <comment>a filter that limits nothing: every organisation, session, ...</comment>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Poista rajaukset</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Ajanjakso</translation>
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
        <source>Session</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Kysely</translation>
    </message>
    <message>
        <source>Answer language</source>
        <translation>Vastauskieli</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Tietokone</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versio %2</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Tämä tietokone</translation>
    </message>
    <message>
        <source>Laptop %1</source>
        <translation>Tietokone %1</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over results</source>
        <extracomment>How long the choice rests before it is counted again (a few ticks in a row count once).</extracomment>
        <translation>Luovuta tulokset</translation>
    </message>
    <message>
        <source>Save the sessions and their responses in one file for the project manager, who imports the files of every trainer. Give the file to the project manager, for example on a USB stick.</source>
        <translation>Tallenna koulutukset vastauksineen yhteen tiedostoon projektipäällikölle, joka tuo kaikkien kouluttajien tiedostot yhteen. Anna tiedosto projektipäällikölle esimerkiksi USB-muistitikulla.</translation>
    </message>
    <message>
        <source>Everything not handed over yet</source>
        <translation>Kaikki, mitä ei ole vielä luovutettu</translation>
    </message>
    <message>
        <source>New sessions and responses, and the sessions edited since the last hand-over.</source>
        <translation>Uudet koulutukset ja vastaukset sekä koulutukset, joita on muokattu edellisen luovutuksen jälkeen.</translation>
    </message>
    <message>
        <source>Chosen sessions</source>
        <translation>Valitut koulutukset</translation>
    </message>
    <message>
        <source>Sessions to hand over</source>
        <translation>Luovutettavat koulutukset</translation>
    </message>
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
        <source>Save as…</source>
        <translation>Tallenna nimellä…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>From another laptop (%1)</source>
        <translation>Toiselta tietokoneelta (%1)</translation>
    </message>
    <message>
        <source>Encrypted for the project manager: only their key opens the file.</source>
        <translation>Salattu projektipäällikölle: vain hänen avaimensa avaa tiedoston.</translation>
    </message>
    <message>
        <source>Not encrypted: the project manager&apos;s key is not set in Settings.</source>
        <translation>Ei salattu: projektipäällikön avainta ei ole annettu asetuksissa.</translation>
    </message>
    <message>
        <source>Tick the sessions to hand over.</source>
        <translation>Valitse luovutettavat koulutukset.</translation>
    </message>
    <message>
        <source>Counting what goes in the file…</source>
        <translation>Lasketaan, mitä tiedostoon tulee…</translation>
    </message>
    <message>
        <source>Nothing to hand over: everything has been handed over already.</source>
        <translation>Ei luovutettavaa: kaikki on jo luovutettu.</translation>
    </message>
    <message>
        <source>The chosen sessions are no longer here.</source>
        <translation>Valittuja koulutuksia ei enää ole.</translation>
    </message>
    <message>
        <source>In the file: %1.</source>
        <translation>Tiedostoon tulee %1.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 ja %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n koulutus</numerusform>
            <numerusform>%n koulutusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n vastaus</numerusform>
            <numerusform>%n vastausta</numerusform>
        </translation>
    </message>
    <message>
        <source>Results files (*.fbundle)</source>
        <translation>Siirtotiedostot (*.fbundle)</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another name.</source>
        <translation>%1 on jo olemassa. Valitse toinen nimi.</translation>
    </message>
    <message>
        <source>Writing the file for the project manager…</source>
        <translation>Tallennetaan tiedostoa projektipäällikölle…</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Peruttu. Tiedostoa ei tallennettu.</translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation>Tallennettu tiedostoon %1.</translation>
    </message>
    <message>
        <source>The file holds %1.</source>
        <translation>Tiedostossa on %1.</translation>
    </message>
    <message>
        <source>It is encrypted for the project manager.</source>
        <translation>Se on salattu projektipäällikölle.</translation>
    </message>
    <message>
        <source>It is not encrypted.</source>
        <translation>Sitä ei ole salattu.</translation>
    </message>
    <message>
        <source>Give the file to the project manager.</source>
        <translation>Anna tiedosto projektipäällikölle.</translation>
    </message>
</context>
<context>
    <name>HeadlineFigures</name>
    <message>
        <source>Responses</source>
        <translation>Vastauksia</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Koulutuksia</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaatioita</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Vastausprosentti</translation>
    </message>
    <message>
        <source>None of the selected sessions says how many participants it expected.</source>
        <translation>Yhdellekään valitulle koulutukselle ei ole merkitty odotettua osallistujamäärää.</translation>
    </message>
    <message>
        <source>%1 responses from %2 expected participants, in the selected sessions that say how many they expected</source>
        <translation>%1 vastausta %2 odotetulta osallistujalta niissä valituissa koulutuksissa, joille on merkitty odotettu osallistujamäärä</translation>
    </message>
</context>
<context>
    <name>HeadlineSentences</name>
    <message>
        <source>%1 of respondents agreed with %2 (n = %3).</source>
        <extracomment>Quotation marks: Finnish and Swedish use ” on both sides.</extracomment>
        <translation>%1 vastaajista oli samaa mieltä väitteestä %2 (n = %3).</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Import a questionnaire</source>
        <translation>Tuo kysely</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tiedosto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n kysymys</numerusform>
            <numerusform>%n kysymystä</numerusform>
        </translation>
    </message>
    <message>
        <source>Questionnaire %1, version %2</source>
        <translation>Kysely %1, versio %2</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Kielet: %1</translation>
    </message>
    <message>
        <source>Left out or assumed when the XLSForm was read:</source>
        <translation>XLSForm-lomaketta luettaessa jätettiin pois tai oletettiin:</translation>
    </message>
    <message>
        <source>Import stores it beside the questionnaires already here. A version that responses refer to never changes: the file is then stored as the next version.</source>
        <translation>Tuo tallentaa sen tässä jo olevien kyselyjen rinnalle. Versio, johon on jo vastattu, ei koskaan muutu: tiedosto tallennetaan silloin seuraavaksi versioksi.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Check %1: it seems to ask for something that identifies a participant (a name, contact details, an address). Responses are meant to be anonymous, so remove or reword it after importing unless it is harmless.</source>
        <translation>Tarkista %1: se näyttää kysyvän jotakin, mikä tunnistaa vastaajan (nimi, yhteystiedot, osoite). Vastausten on tarkoitus olla nimettömiä, joten poista kysymys tai muotoile se uudelleen tuonnin jälkeen, ellei se ole harmiton.</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Language of these screens</source>
        <translation>Näiden näkymien kieli</translation>
    </message>
    <message>
        <source>The computer&apos;s language (%1)</source>
        <translation>Tietokoneen kieli (%1)</translation>
    </message>
    <message>
        <source>The kiosk asks each participant for their language on its welcome screen.</source>
        <translation>Kioskin aloitusnäkymässä jokainen osallistuja valitsee oman kielensä.</translation>
    </message>
</context>
<context>
    <name>LaptopFilter</name>
    <message>
        <source>Sessions from</source>
        <extracomment>How many organisations a laptop&apos;s entry names before &quot;…&quot;.</extracomment>
        <translation>Koulutukset tietokoneelta</translation>
    </message>
    <message>
        <source>All laptops</source>
        <translation>Kaikki tietokoneet</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Tämä tietokone</translation>
    </message>
    <message>
        <source>Laptop %1</source>
        <translation>Tietokone %1</translation>
    </message>
</context>
<context>
    <name>MultiChoice</name>
    <message>
        <source>Find…</source>
        <extracomment>The widest a button grows; a longer name is cut short with &quot;…&quot;.</extracomment>
        <translation>Etsi…</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n valittu</numerusform>
            <numerusform>%n valittua</numerusform>
        </translation>
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
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are encrypted for the project manager. Type the passphrase of the project manager&apos;s key to open them.</source>
        <translation>
            <numerusform>%n tiedosto on salattu projektipäällikölle. Kirjoita projektipäällikön avaimen tunnuslause, niin se voidaan avata.</numerusform>
            <numerusform>%n tiedostoa on salattu projektipäällikölle. Kirjoita projektipäällikön avaimen tunnuslause, niin ne voidaan avata.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Kirjoita tunnuslause.</translation>
    </message>
    <message>
        <source>Opening the key…</source>
        <translation>Avataan avainta…</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Training feedback report</source>
        <translation>Koulutusten palauteraportti</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentit</translation>
    </message>
    <message>
        <source>The comments as the participants wrote them, in random order.</source>
        <translation>Kommentit sellaisina kuin osallistujat ne kirjoittivat, satunnaisessa järjestyksessä.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <source>Responses included</source>
        <translation>Mukana olevat vastaukset</translation>
    </message>
    <message>
        <source>All completed responses</source>
        <translation>Kaikki valmiit vastaukset</translation>
    </message>
    <message>
        <source>About the numbers</source>
        <translation>Luvuista</translation>
    </message>
    <message>
        <source>Only completed responses are counted. Groups with fewer than %1 responses are withheld: no average, share or comment is shown for them, only the number of responses, so that no participant can be recognised.</source>
        <translation>Mukaan lasketaan vain valmiit vastaukset. Ryhmistä, joissa on alle %1 vastausta, ei näytetä keskiarvoa, osuuksia eikä kommentteja vaan ainoastaan vastausten määrä, jotta ketään osallistujaa ei voi tunnistaa.</translation>
    </message>
    <message>
        <source>The comments are included.</source>
        <translation>Kommentit ovat mukana.</translation>
    </message>
    <message>
        <source>The comments are not included.</source>
        <translation>Kommentit eivät ole mukana.</translation>
    </message>
    <message>
        <source>Report made on %1.</source>
        <translation>Raportti laadittu %1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>The selection has fewer than %1 responses, so no average or share is shown.</source>
        <translation>Valinnassa on alle %1 vastausta, joten keskiarvoja ja osuuksia ei näytetä.</translation>
    </message>
    <message>
        <source>Main findings</source>
        <translation>Keskeiset tulokset</translation>
    </message>
    <message>
        <source>Agreement with the statements</source>
        <translation>Vastaukset väitteisiin</translation>
    </message>
    <message>
        <source>Shares of the answers on the scale, in percent; disagreement left of the centre line, agreement right of it, the middle point across it. The answers “cannot say” are counted apart, on the right.</source>
        <translation>Asteikolla annettujen vastausten osuudet prosentteina: eri mieltä olevat keskiviivan vasemmalla puolella, samaa mieltä olevat oikealla ja asteikon keskikohta viivan molemmin puolin. ”En osaa sanoa” -vastaukset on laskettu erikseen oikeaan reunaan.</translation>
    </message>
    <message>
        <source>Cannot say</source>
        <translation>En osaa sanoa</translation>
    </message>
    <message>
        <source>no answers on the scale</source>
        <translation>ei vastauksia asteikolla</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Vastausprosentti</translation>
    </message>
    <message>
        <source>%1 of %2 expected participants</source>
        <translation>%1 vastausta %2 odotetulta osallistujalta</translation>
    </message>
    <message>
        <source>Results per question</source>
        <translation>Tulokset kysymyksittäin</translation>
    </message>
    <message>
        <source>Distribution of the answers</source>
        <translation>Vastausten jakauma</translation>
    </message>
    <message>
        <source>Share of n at each point of the scale; “cannot say” as a count.</source>
        <translation>Osuus n:stä asteikon kussakin kohdassa; ”en osaa sanoa” lukumääränä.</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Vertailut</translation>
    </message>
    <message>
        <source>Each cell is the top-2 share: the share of the answers in the two highest points of the scale. The columns are the questions numbered as in “Results per question”. A grey cell is withheld: fewer than %1 responses.</source>
        <translation>Kussakin solussa on kahden ylimmän osuus eli asteikon kahteen ylimpään kohtaan osuneiden vastausten osuus. Sarakkeet ovat kysymyksiä, numeroituina kuten kohdassa ”Tulokset kysymyksittäin”. Harmaan solun lukua ei näytetä: vastauksia on alle %1.</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>Organisaatioittain</translation>
    </message>
    <message>
        <source>By audience</source>
        <translation>Kohderyhmittäin</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sivu %1 / %2</translation>
    </message>
    <message>
        <source>withheld: fewer than %1 responses</source>
        <extracomment>At most this many question columns side by side in a comparison; more make a second table. A distribution of more scale points than this shows whole percents, to keep to the page.</extracomment>
        <translation>ei näytetä: alle %1 vastausta</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Keskiarvo</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>Kh.</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediaani</translation>
    </message>
    <message>
        <source>Top 2</source>
        <translation>Kaksi ylintä</translation>
    </message>
    <message>
        <source>95 % CI</source>
        <translation>95 %:n luottamusväli</translation>
    </message>
    <message>
        <source>Bottom 2</source>
        <translation>Kaksi alinta</translation>
    </message>
    <message>
        <source>n: answers on the scale, without “cannot say” and unanswered. Top 2 and bottom 2: the share of n in the two highest and the two lowest points of the scale; 95 % CI: the interval that holds the top-2 share of all such participants with 95 % confidence.</source>
        <translation>n: asteikolla annetut vastaukset ilman ”en osaa sanoa” -vastauksia ja vastaamatta jätettyjä. Kaksi ylintä ja kaksi alinta: asteikon kahteen ylimpään ja kahteen alimpaan kohtaan osuneiden vastausten osuus n:stä. Kh.: keskihajonta. 95 %:n luottamusväli: väli, jolla kahden ylimmän osuus kaikkien vastaavien osallistujien joukossa on 95 %:n varmuudella.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Vaihtoehto</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Lukumäärä</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Osuus</translation>
    </message>
    <message>
        <source>n = %1; shares are of n.</source>
        <translation>n = %1; osuudet on laskettu n:stä.</translation>
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
        <source>Responses</source>
        <translation>Vastauksia</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Ei kommentteja.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (jatkuu)</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 alkaen</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 asti</translation>
    </message>
    <message>
        <source>Session dates</source>
        <translation>Koulutusten päivämäärät</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Koulutuksia</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaatioita</translation>
    </message>
    <message>
        <source>Sessions chosen</source>
        <translation>Valitut koulutukset</translation>
    </message>
    <message>
        <source>Organisations chosen</source>
        <translation>Valitut organisaatiot</translation>
    </message>
    <message>
        <source>Audiences chosen</source>
        <translation>Valitut kohderyhmät</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Kysely</translation>
    </message>
    <message>
        <source>Answer languages</source>
        <translation>Vastauskielet</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Tietokoneet</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versio %2</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>tämä tietokone</translation>
    </message>
    <message>
        <source>laptop %1</source>
        <translation>tietokone %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Ei ilmoitettu</translation>
    </message>
    <message>
        <source>(versions %1)</source>
        <translation>(versiot %1)</translation>
    </message>
    <message>
        <source>(version %1)</source>
        <translation>(versio %1)</translation>
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
        <extracomment>The lowest row of a question (two lines and room to touch it), at 100 % text.</extracomment>
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
        <extracomment>Text told to screen readers: a new question&apos;s place and text, or a message.</extracomment>
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
    <name>QuestionnaireFiles</name>
    <message>
        <source>Import a questionnaire</source>
        <translation>Tuo kysely</translation>
    </message>
    <message>
        <source>Questionnaires (*.xlsx *.json)</source>
        <translation>Kyselyt (*.xlsx *.json)</translation>
    </message>
    <message>
        <source>The texts of %1 do not say their language. In which language are they written?</source>
        <translation>Tiedoston %1 tekstien kieltä ei ole merkitty. Millä kielellä ne on kirjoitettu?</translation>
    </message>
    <message>
        <source>Imported %1, version %2.</source>
        <translation>Tuotu: %1, versio %2.</translation>
    </message>
    <message>
        <source>Replaced %1, version %2: no response referred to it yet.</source>
        <translation>Korvattu: %1, versio %2. Siihen ei ollut vielä vastattu.</translation>
    </message>
    <message>
        <source>Stored %1 as version %2: version %3 is in use by responses, so it stays unchanged.</source>
        <translation>%1 tallennettiin versiona %2: versioon %3 on jo vastattu, joten se säilyy ennallaan.</translation>
    </message>
    <message>
        <source>%1, version %2 is already stored exactly like this; nothing was imported.</source>
        <translation>%1, versio %2 on jo tallennettu juuri tällaisena, joten mitään ei tuotu.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) without responses use version %1 from now on.</source>
        <translation>
            <numerusform>%n koulutus, jossa ei vielä ole vastauksia, käyttää tästä lähtien versiota %1.</numerusform>
            <numerusform>%n koulutusta, joissa ei vielä ole vastauksia, käyttävät tästä lähtien versiota %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON-tiedosto (*.json)</translation>
    </message>
    <message>
        <source>XLSForm (*.xlsx)</source>
        <translation>XLSForm-lomake (*.xlsx)</translation>
    </message>
    <message>
        <source>Export a questionnaire</source>
        <translation>Vie kysely</translation>
    </message>
    <message>
        <source>Exported %1, version %2 as an XLSForm to %3.</source>
        <translation>%1, versio %2 viety XLSForm-lomakkeena tiedostoon %3.</translation>
    </message>
    <message>
        <source>Exported %1, version %2 to %3.</source>
        <translation>%1, versio %2 viety tiedostoon %3.</translation>
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
        <source>Import…</source>
        <translation>Tuo…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Vie…</translation>
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
    <name>RefusedFileDialog</name>
    <message>
        <source>Import a questionnaire</source>
        <translation>Tuo kysely</translation>
    </message>
    <message>
        <source>%1 cannot be imported, so nothing was stored. Change what is listed here in the file (each line names the sheet and row, or the place in the file) and import it again.</source>
        <translation>Tiedostoa %1 ei voi tuoda, joten mitään ei tallennettu. Korjaa tiedostosta tässä luetellut kohdat (jokainen rivi kertoo taulukon ja rivin tai kohdan tiedostossa) ja tuo se uudelleen.</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Tiedoston ongelmat</translation>
    </message>
    <message>
        <source>not a valid questionnaire</source>
        <translation>ei kelvollinen kysely</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Export report</source>
        <translation>Raportin vienti</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>PDF-raporttia kirjoitetaan…</translation>
    </message>
    <message>
        <source>The report was saved in %1 (%2 pages).</source>
        <translation>Raportti tallennettiin tiedostoon %1 (%2 sivua).</translation>
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
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <source>Restoring replaces the database with a backup: the sessions and responses are then what they were when the backup was made. The current database is kept as a backup first, so a restore can be undone.</source>
        <translation>Palautus korvaa tietokannan varmuuskopiolla: koulutukset ja vastaukset ovat sen jälkeen sellaiset kuin ne olivat varmuuskopiota tehtäessä. Nykyinen tietokanta tallennetaan ensin varmuuskopioksi, joten palautuksen voi perua.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Koulutuksia</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Vastauksia</translation>
    </message>
    <message>
        <source>No backups in the data folder yet. Choose a backup file from elsewhere.</source>
        <translation>Tietokannan kansiossa ei ole vielä varmuuskopioita. Valitse varmuuskopiotiedosto muualta.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Palauta…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tiedosto: %1</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Valitse varmuuskopio</translation>
    </message>
    <message>
        <source>Backups (*.db);;All files (*)</source>
        <translation>Varmuuskopiot (*.db);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Restore the backup of %1?</source>
        <translation>Palautetaanko varmuuskopio päivältä %1?</translation>
    </message>
    <message>
        <source>%1 (%2) holds %3.</source>
        <translation>Varmuuskopiossa %1 (%2) on %3.</translation>
    </message>
    <message>
        <source>The sessions and responses stored now are replaced by those of the backup. The current database is kept as a backup, so that it can be restored again.</source>
        <translation>Nyt tallennetut koulutukset ja vastaukset korvautuvat varmuuskopion sisällöllä. Nykyinen tietokanta tallennetaan varmuuskopioksi, jotta sen voi tarvittaessa palauttaa.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review results</source>
        <translation>Tulosten tarkastelu</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Päivitetään…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Read the sessions and responses again</source>
        <translation>Lue koulutukset ja vastaukset uudelleen</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Vie raportti…</translation>
    </message>
    <message>
        <source>Save what the filters select as a PDF report</source>
        <translation>Tallenna rajauksen mukaiset tulokset PDF-raporttina</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Väittämät</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vertailu</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Kehitys</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentit</translation>
    </message>
    <message>
        <source>The results could not be computed: %1</source>
        <translation>Tuloksia ei voitu laskea: %1</translation>
    </message>
    <message>
        <source>Groups with fewer than %1 responses are withheld in every view: no average, share or comment of theirs is shown, only how many answered.</source>
        <translation>Ryhmistä, joissa on alle %1 vastausta, ei näytetä missään näkymässä keskiarvoa, osuuksia eikä kommentteja – vain vastaajien määrä.</translation>
    </message>
    <message>
        <source>No completed responses match these filters.</source>
        <translation>Näillä rajauksilla ei löydy valmiita vastauksia.</translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <source>Section “%1”</source>
        <translation>Osio ”%1”</translation>
    </message>
    <message>
        <source>The kiosk shows the section title above each of its questions. Move a question up or down past the section&apos;s edge to move it into the section before or after.</source>
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
        <source>Save this session&apos;s responses as a CSV file or an Excel workbook</source>
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
    <message>
        <source>Chart</source>
        <translation>Kaavio</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Taulukko</translation>
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
        <source>From another laptop (%1)</source>
        <translation>Toiselta tietokoneelta (%1)</translation>
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
        <source>Results count completed responses only. Below %1 responses no percentage or average is shown, to protect the participants&apos; anonymity.</source>
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
        <source>The PIN keeps participants from leaving the kiosk or seeing the trainer&apos;s screens. Choose 4 to 12 digits you will remember; if you forget it, &apos;feedback-app pin reset&apos; removes it and keeps all data.</source>
        <translation>PIN-koodi estää osallistujia poistumasta kioskista tai näkemästä kouluttajan näkymiä. Valitse 4–12 numeroa, jotka muistat. Jos unohdat koodin, komento &apos;feedback-app pin reset&apos; poistaa sen, eikä tietoja menetetä.</translation>
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
        <source>Kiosk and results</source>
        <translation>Kioski ja tulokset</translation>
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
        <source>Idle question page asks &quot;Are you still there?&quot; after</source>
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
        <source>Hand-over and old responses</source>
        <translation>Luovutus ja vanhat vastaukset</translation>
    </message>
    <message>
        <source>Project manager&apos;s key</source>
        <translation>Projektipäällikön avain</translation>
    </message>
    <message>
        <source>Old responses</source>
        <translation>Vanhat vastaukset</translation>
    </message>
    <message>
        <source>These screens</source>
        <translation>Nämä näkymät</translation>
    </message>
    <message>
        <source>Welcome screen</source>
        <translation>Tervetulosivu</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n kuukausi</numerusform>
            <numerusform>%n kuukautta</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand-overs are encrypted for this key (one line from the project manager, beginning with age1), so that only the project manager can open them. Empty: no encryption.</source>
        <translation>Luovutettavat tulokset salataan tälle avaimelle (projektipäälliköltä saatu rivi, joka alkaa age1), jotta vain projektipäällikkö voi avata ne. Tyhjä: ei salausta.</translation>
    </message>
    <message>
        <source>This laptop&apos;s own key, for the trainers: %1</source>
        <translation>Tämän tietokoneen oma avain kouluttajille annettavaksi: %1</translation>
    </message>
    <message>
        <source>Delete responses automatically after</source>
        <translation>Poista vastaukset automaattisesti, kun koulutuksesta on kulunut</translation>
    </message>
    <message>
        <source>Counted from the day of the session. The deletion runs when the app starts and when a session is closed; the sessions stay, their responses go for good.</source>
        <translation>Aika lasketaan koulutuksen päivämäärästä. Poisto tehdään, kun sovellus käynnistyy ja kun koulutus suljetaan; koulutukset säilyvät, mutta niiden vastaukset poistetaan pysyvästi.</translation>
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
        <extracomment>How long &quot;Are you still there?&quot; waits for a tap or a key: WCAG 2.2.1 asks for 20 s at least. Told to screen readers when the page shows.</extracomment>
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
        <source>At most %1 characters.</source>
        <translation>Enintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 merkkiä</translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <source>Thank you for your feedback!</source>
        <extracomment>Told to screen readers when the page shows.</extracomment>
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
    <name>ToolsMenu</name>
    <message>
        <source>Menu</source>
        <translation>Valikko</translation>
    </message>
</context>
<context>
    <name>TrainerHome</name>
    <message>
        <source>Training feedback</source>
        <extracomment>True while the app&apos;s start-up work (the day&apos;s backup) runs; set by the app.</extracomment>
        <translation>Koulutuspalaute</translation>
    </message>
    <message>
        <source>Hand over results…</source>
        <translation>Luovuta tulokset…</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Tuo siirtotiedostoja…</translation>
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
        <source>Review results…</source>
        <translation>Tarkastele tuloksia…</translation>
    </message>
    <message>
        <source>The results of every session: charts, comparisons, trends and comments</source>
        <translation>Kaikkien koulutusten tulokset: kaaviot, vertailut, kehitys ja kommentit</translation>
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
    <name>TrendView</name>
    <message>
        <source>Item</source>
        <extracomment>More months than this get one rotated line each on the axis.</extracomment>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tunnusluku</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Keskiarvo</translation>
    </message>
    <message>
        <source>Top 2 %</source>
        <translation>Kaksi ylintä, %</translation>
    </message>
    <message>
        <source>Trend by month</source>
        <translation>Kehitys kuukausittain</translation>
    </message>
    <message>
        <source>The line shows each month with at least %1 responses; bars show n per month.</source>
        <translation>Viiva näyttää kuukaudet, joilla on vähintään %1 vastausta; pylväät näyttävät vastausten määrän (n) kuukausittain.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) with fewer responses are left out of the line.</source>
        <translation>
            <numerusform>%n kuukausi, jolla vastauksia on vähemmän, puuttuu viivasta.</numerusform>
            <numerusform>%n kuukautta, joilla vastauksia on vähemmän, puuttuu viivasta.</numerusform>
        </translation>
    </message>
    <message>
        <source>withheld: fewer than %1 responses</source>
        <translation>ei näytetä: alle %1 vastausta</translation>
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
    <message>
        <source>Larger text</source>
        <translation>Suurempi teksti</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Suuri kontrasti</translation>
    </message>
    <message>
        <source>The organisation&apos;s logo</source>
        <translation>Organisaation logo</translation>
    </message>
</context>
</TS>
