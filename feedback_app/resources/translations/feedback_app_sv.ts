<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AppController</name>
    <message>
        <source>Training %1</source>
        <translation>Utbildning %1</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Fråga %1 av %2</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(frivillig)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Please answer this question before you continue.</source>
        <translation>Svara på frågan innan du fortsätter.</translation>
    </message>
    <message>
        <source>Please give a number from %1 to %2.</source>
        <translation>Ange ett tal från %1 till %2.</translation>
    </message>
    <message>
        <source>Please give a whole number.</source>
        <translation>Ange ett heltal.</translation>
    </message>
    <message>
        <source>Your answer is too long: at most %1 characters.</source>
        <translation>Ditt svar är för långt: högst %1 tecken.</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translation>Välj ett av alternativen.</translation>
    </message>
    <message>
        <source>Please give a number.</source>
        <translation>Ange ett tal.</translation>
    </message>
</context>
<context>
    <name>RespondentFlow</name>
    <message>
        <source>This training session has been closed. Please tell the trainer.</source>
        <translation>Det här utbildningstillfället har stängts. Meddela utbildaren.</translation>
    </message>
    <message>
        <source>Your answers could not be saved. Please tell the trainer. Your answers are still here, and you can try again.</source>
        <translation>Dina svar kunde inte sparas. Meddela utbildaren. Dina svar finns kvar och du kan försöka igen.</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Training feedback</source>
        <translation>Utbildningsrespons</translation>
    </message>
    <message>
        <source>At the end of the training, participants answer an anonymous questionnaire on this computer, one after another.</source>
        <translation>I slutet av utbildningen besvarar deltagarna en anonym enkät på den här datorn, en i taget.</translation>
    </message>
    <message>
        <source>Today's session</source>
        <translation>Dagens utbildningstillfälle</translation>
    </message>
    <message>
        <source>Start feedback</source>
        <translation>Börja samla respons</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) so far</source>
        <translation><numerusform>%n svar hittills</numerusform><numerusform>%n svar hittills</numerusform></translation>
    </message>
</context>
<context>
    <name>TextWidget</name>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 tecken</translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <source>Thank you for your feedback!</source>
        <translation>Tack för din respons!</translation>
    </message>
    <message>
        <source>Your answers have been saved.</source>
        <translation>Dina svar har sparats.</translation>
    </message>
    <message>
        <source>Next participant</source>
        <translation>Nästa deltagare</translation>
    </message>
    <message numerus="yes">
        <source>The next participant can begin in %n second(s).</source>
        <translation><numerusform>Nästa deltagare kan börja om %n sekund.</numerusform><numerusform>Nästa deltagare kan börja om %n sekunder.</numerusform></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Please tell us what you thought of the training.</source>
        <translation>Berätta vad du tyckte om utbildningen.</translation>
    </message>
    <message>
        <source>Your answers are anonymous.</source>
        <translation>Dina svar är anonyma.</translation>
    </message>
    <message>
        <source>Start in English</source>
        <translation>Börja på svenska</translation>
    </message>
</context>
</TS>