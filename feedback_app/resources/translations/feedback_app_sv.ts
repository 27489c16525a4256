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
    <name>Audience</name>
    <message>
        <source>Police officers</source>
        <translation>Poliser</translation>
    </message>
    <message>
        <source>Border guards</source>
        <translation>Gränsbevakare</translation>
    </message>
    <message>
        <source>Police students</source>
        <translation>Polisstuderande</translation>
    </message>
    <message>
        <source>Border guard students</source>
        <translation>Gränsbevakarstuderande</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
</context>
<context>
    <name>ChoiceListWidget</name>
    <message>
        <source>Choose all that apply.</source>
        <translation>Välj alla alternativ som stämmer.</translation>
    </message>
</context>
<context>
    <name>NumberWidget</name>
    <message>
        <source>A whole number from %1 to %2</source>
        <translation>Ett heltal från %1 till %2</translation>
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation>Ett tal från %1 till %2</translation>
    </message>
    <message>
        <source>A whole number</source>
        <translation>Ett heltal</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Ett tal</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Trainer PIN</source>
        <translation>Utbildarens PIN-kod</translation>
    </message>
    <message>
        <source>Enter the trainer PIN.</source>
        <translation>Ange utbildarens PIN-kod.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
</context>
<context>
    <name>PinTexts</name>
    <message numerus="yes">
        <source>Wrong PIN. %n try/tries left before a pause.</source>
        <translation>
            <numerusform>Fel PIN-kod. %n försök kvar före en paus.</numerusform>
            <numerusform>Fel PIN-kod. %n försök kvar före en paus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>För många felaktiga försök. Försök igen om %n sekund.</numerusform>
            <numerusform>För många felaktiga försök. Försök igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>En PIN-kod har 4–12 siffror.</translation>
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
    <name>SessionDetail</name>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Top 2</source>
        <translation>Två högsta</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Medelvärde</translation>
    </message>
    <message>
        <source>Share of answers in the two highest points of the scale</source>
        <translation>Andelen svar i skalans två högsta steg</translation>
    </message>
    <message numerus="yes">
        <source>%n completed response(s)</source>
        <translation>
            <numerusform>%n färdigt svar</numerusform>
            <numerusform>%n färdiga svar</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 expected)</source>
        <translation>(väntat %1)</translation>
    </message>
    <message>
        <source>Trainers: %1</source>
        <translation>Utbildare: %1</translation>
    </message>
    <message>
        <source>Closed: accepts no responses</source>
        <translation>Stängt: tar inte emot svar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>fewer than %1 responses</source>
        <translation>färre än %1 svar</translation>
    </message>
    <message>
        <source>Results count completed responses only. Below %1 responses no percentage or average is shown, to protect the participants&apos; anonymity.</source>
        <translation>Resultaten räknar bara färdiga svar. Om det finns färre än %1 svar visas inga procentandelar eller medelvärden, så att deltagarnas anonymitet skyddas.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit session</source>
        <translation>Redigera utbildningstillfället</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nytt utbildningstillfälle</translation>
    </message>
    <message>
        <source>e.g. Identifying victims of trafficking</source>
        <translation>t.ex. Att identifiera offer för människohandel</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(inte angiven)</translation>
    </message>
    <message>
        <source>Names of the trainers, separated by commas</source>
        <translation>Utbildarnas namn, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Utbildare</translation>
    </message>
    <message>
        <source>Kiosk language</source>
        <translation>Kioskens standardspråk</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Väntat antal deltagare</translation>
    </message>
    <message>
        <source>Give the training a title.</source>
        <translation>Ge utbildningen ett namn.</translation>
    </message>
    <message>
        <source>Write the date as dd.mm.yyyy, e.g. 28.11.2026.</source>
        <translation>Skriv datumet som dd.mm.åååå, t.ex. 28.11.2026.</translation>
    </message>
    <message>
        <source>Choose an audience from the list.</source>
        <translation>Välj en målgrupp i listan.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Välj ett språk i listan.</translation>
    </message>
    <message>
        <source>Give a number from 1 to 10000, or leave it empty.</source>
        <translation>Ange ett tal mellan 1 och 10000 eller lämna fältet tomt.</translation>
    </message>
    <message>
        <source>This is too long: at most 200 characters.</source>
        <translation>Texten är för lång: högst 200 tecken.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>Change the trainer PIN</source>
        <translation>Byt utbildarens PIN-kod</translation>
    </message>
    <message>
        <source>Set a trainer PIN</source>
        <translation>Ange en PIN-kod för utbildaren</translation>
    </message>
    <message>
        <source>The PIN keeps participants from leaving the kiosk or seeing the trainer&apos;s screens. Choose 4 to 12 digits you will remember; if you forget it, &apos;feedback-app pin reset&apos; removes it and keeps all data.</source>
        <translation>PIN-koden hindrar deltagarna från att lämna kiosken eller se utbildarens vyer. Välj 4–12 siffror som du kommer ihåg. Om du glömmer koden tar kommandot &apos;feedback-app pin reset&apos; bort den, och inga uppgifter går förlorade.</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Nuvarande PIN-kod</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Ny PIN-kod</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Ny PIN-kod igen</translation>
    </message>
    <message>
        <source>The two new PINs differ. Type the same PIN twice.</source>
        <translation>De nya PIN-koderna stämmer inte överens. Skriv samma kod två gånger.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Kasseras</translation>
    </message>
    <message>
        <source>Keep them, marked unfinished</source>
        <translation>Sparas, märkta som ofullständiga</translation>
    </message>
    <message>
        <source>Thank-you screen shows for</source>
        <translation>Tacksidan visas i</translation>
    </message>
    <message>
        <source>Idle question page asks &quot;Are you still there?&quot; after</source>
        <translation>Om inget händer på en frågesida frågas ”Är du kvar?” efter</translation>
    </message>
    <message>
        <source>Unfinished responses of participants who walk away</source>
        <translation>Svar som lämnats ofullständiga</translation>
    </message>
    <message>
        <source>Minimum group size for results</source>
        <translation>Minsta gruppstorlek för resultat</translation>
    </message>
    <message>
        <source>Organisations (one per line)</source>
        <translation>Organisationer (en per rad)</translation>
    </message>
    <message>
        <source>Below the minimum group size no average, distribution or percentage is shown for a group; unfinished responses never count in results.</source>
        <translation>Om en grupp har färre svar än minimistorleken visas inget medelvärde, ingen fördelning och inga procentandelar för den. Ofullständiga svar räknas aldrig med i resultaten.</translation>
    </message>
</context>
<context>
    <name>StillTherePage</name>
    <message>
        <source>Are you still there?</source>
        <translation>Är du kvar?</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Ja, jag fortsätter</translation>
    </message>
    <message numerus="yes">
        <source>The questionnaire starts over in %n second(s).</source>
        <translation>
            <numerusform>Enkäten börjar om från början om %n sekund.</numerusform>
            <numerusform>Enkäten börjar om från början om %n sekunder.</numerusform>
        </translation>
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
        <translation>
            <numerusform>Nästa deltagare kan börja om %n sekund.</numerusform>
            <numerusform>Nästa deltagare kan börja om %n sekunder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainerHome</name>
    <message>
        <source>Training feedback</source>
        <translation>Utbildningsrespons</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <source>Set a trainer PIN: you need it to leave the kiosk, and it keeps participants away from these screens.</source>
        <translation>Ange en PIN-kod för utbildaren: du behöver den för att lämna kiosken, och den hindrar deltagarna från att komma åt de här vyerna.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Utbildningstillfällen</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nytt tillfälle…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation>Byt PIN-kod…</translation>
    </message>
    <message>
        <source>Set PIN…</source>
        <translation>Ange PIN-kod…</translation>
    </message>
    <message>
        <source>Start feedback</source>
        <translation>Börja samla respons</translation>
    </message>
    <message>
        <source>Reopen session</source>
        <translation>Öppna tillfället igen</translation>
    </message>
    <message>
        <source>Close session</source>
        <translation>Stäng tillfället</translation>
    </message>
    <message>
        <source>Start feedback: %1</source>
        <translation>Börja samla respons: %1</translation>
    </message>
    <message>
        <source>This session is closed: reopen it to collect feedback</source>
        <translation>Tillfället är stängt: öppna det igen för att samla respons</translation>
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
