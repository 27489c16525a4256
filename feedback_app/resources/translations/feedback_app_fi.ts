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
    <name>StartWindow</name>
    <message>
        <source>Training feedback</source>
        <translation>Koulutuspalaute</translation>
    </message>
    <message>
        <source>At the end of the training, participants answer an anonymous questionnaire on this computer, one after another.</source>
        <translation>Koulutuksen lopuksi osallistujat vastaavat tällä tietokoneella nimettömään kyselyyn yksi kerrallaan.</translation>
    </message>
    <message>
        <source>Today's session</source>
        <translation>Tämän päivän koulutus</translation>
    </message>
    <message>
        <source>Start feedback</source>
        <translation>Aloita palautteen keruu</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) so far</source>
        <translation><numerusform>%n vastaus tähän mennessä</numerusform><numerusform>%n vastausta tähän mennessä</numerusform></translation>
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
        <translation><numerusform>Seuraava vastaaja voi aloittaa %n sekunnin kuluttua.</numerusform><numerusform>Seuraava vastaaja voi aloittaa %n sekunnin kuluttua.</numerusform></translation>
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