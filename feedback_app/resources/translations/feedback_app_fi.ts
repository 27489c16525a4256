<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>AppController</name>
    <message>
        <source>Training %1</source>
        <translation>Koulutus %1</translation>
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
    <name>ChoiceListWidget</name>
    <message>
        <source>Choose all that apply.</source>
        <translation>Valitse kaikki sopivat vaihtoehdot.</translation>
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
    <name>SessionDetail</name>
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
        <source>Start feedback: %1</source>
        <translation>Aloita palautteen keruu: %1</translation>
    </message>
    <message>
        <source>This session is closed: reopen it to collect feedback</source>
        <translation>Koulutus on suljettu: avaa se uudelleen kerätäksesi palautetta</translation>
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
</context>
</TS>
