<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AccessibilityGroup</name>
    <message>
        <source>Accessibility</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textstorlek</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>High contrast (black on white)</source>
        <translation>Hög kontrast (svart på vitt)</translation>
    </message>
    <message>
        <source>For every screen, the kiosk&apos;s too. A participant can also choose larger text or high contrast on the kiosk&apos;s welcome screen, for their own answers.</source>
        <translation>Gäller alla vyer, även kioskens. En deltagare kan dessutom välja större text eller hög kontrast på kioskens välkomstsida för sina egna svar.</translation>
    </message>
</context>
<context>
    <name>AnswerWidget</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Training %1</source>
        <extracomment>Names a file: the app writes its first frame there and ends (scripts/build_app.py&apos;s check).</extracomment>
        <translation>Utbildning %1</translation>
    </message>
    <message>
        <source>The daily backup or the automatic deletion did not run: %1</source>
        <translation>Dagens säkerhetskopiering eller den automatiska raderingen kördes inte: %1</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Daglig säkerhetskopia</translation>
    </message>
    <message>
        <source>Feedback cannot start</source>
        <translation>Appen kan inte startas</translation>
    </message>
    <message>
        <source>The newest good backup is %1. Restore it now?</source>
        <translation>Den senaste felfria säkerhetskopian är %1. Vill du återställa den nu?</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Återställ den här säkerhetskopian</translation>
    </message>
    <message>
        <source>%1 was restored: %2 responses of %3 sessions. The damaged database is kept as %4.</source>
        <translation>%1 har återställts: %2 svar från %3 tillfällen. Den skadade databasen sparas som %4.</translation>
    </message>
    <message>
        <source>The app is already running with the data folder %1. Switch to that window, or close it first.</source>
        <translation>Appen körs redan med datamappen %1. Byt till det fönstret eller stäng det först.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Training feedback</source>
        <translation>Utbildningsrespons</translation>
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
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <extracomment>The background of an entry the chain shows to have been changed or put in.</extracomment>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <source>What has been done with the data on this laptop, newest first. The log holds no responses and nothing about the participants. Each entry is linked to the one before it, so an entry changed or deleted outside the app shows here.</source>
        <translation>Vad som har gjorts med uppgifterna på den här datorn, det senaste först. Loggen innehåller inga svar och ingenting om deltagarna. Varje post är kopplad till den föregående, så en post som har ändrats eller raderats utanför appen syns här.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <source>PIN set</source>
        <extracomment>Details that say nothing to a reader (ids and hashes kept for matching records). The order details are told in (the log stores them by name); the rest follow.</extracomment>
        <translation>PIN-kod angiven</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>PIN-kod bytt</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN-kod nollställd</translation>
    </message>
    <message>
        <source>Session created</source>
        <translation>Tillfälle skapat</translation>
    </message>
    <message>
        <source>Session edited</source>
        <translation>Tillfälle redigerat</translation>
    </message>
    <message>
        <source>Session closed</source>
        <translation>Tillfälle stängt</translation>
    </message>
    <message>
        <source>Session reopened</source>
        <translation>Tillfälle öppnat igen</translation>
    </message>
    <message>
        <source>Session deleted</source>
        <translation>Tillfälle raderat</translation>
    </message>
    <message>
        <source>Responses exported</source>
        <translation>Svar exporterade</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Rapport sparad</translation>
    </message>
    <message>
        <source>Results handed over</source>
        <translation>Resultat överlämnade</translation>
    </message>
    <message>
        <source>Results imported</source>
        <translation>Resultat importerade</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Säkerhetskopierat</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Återställt från en säkerhetskopia</translation>
    </message>
    <message>
        <source>Responses deleted</source>
        <translation>Svar raderade</translation>
    </message>
    <message>
        <source>Automatic deletion changed</source>
        <translation>Automatisk radering ändrad</translation>
    </message>
    <message>
        <source>Questionnaire imported</source>
        <translation>Enkät importerad</translation>
    </message>
    <message>
        <source>Questionnaire saved</source>
        <translation>Enkät sparad</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n tillfälle</numerusform>
            <numerusform>%n tillfällen</numerusform>
        </translation>
    </message>
    <message>
        <source>the details cannot be read</source>
        <translation>uppgifterna kan inte läsas</translation>
    </message>
    <message>
        <source>held on %1</source>
        <translation>hölls %1</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>inget ändrat</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>ändrat: %1</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>som %1</translation>
    </message>
    <message>
        <source>from the file %1</source>
        <translation>från filen %1</translation>
    </message>
    <message>
        <source>there was no database to keep</source>
        <translation>det fanns ingen databas att spara</translation>
    </message>
    <message>
        <source>the replaced database kept as %1</source>
        <translation>den ersatta databasen sparad som %1</translation>
    </message>
    <message>
        <source>from the laptop %1</source>
        <translation>från datorn %1</translation>
    </message>
    <message>
        <source>sessions held before %1</source>
        <translation>tillfällen som hölls före %1</translation>
    </message>
    <message>
        <source>backup made just before: %1</source>
        <translation>säkerhetskopia gjord strax före: %1</translation>
    </message>
    <message>
        <source>questionnaire version %1</source>
        <translation>enkätversion %1</translation>
    </message>
    <message>
        <source>a new questionnaire</source>
        <translation>en ny enkät</translation>
    </message>
    <message>
        <source>a new version</source>
        <translation>en ny version</translation>
    </message>
    <message>
        <source>the version replaced</source>
        <translation>versionen ersatt</translation>
    </message>
    <message>
        <source>responses are deleted only on request</source>
        <translation>svaren raderas bara på begäran</translation>
    </message>
    <message numerus="yes">
        <source>responses deleted after %n month(s)</source>
        <translation>
            <numerusform>svaren raderas efter %n månad</numerusform>
            <numerusform>svaren raderas efter %n månader</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>krypterad</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>okrypterad</translation>
    </message>
    <message>
        <source>everything not handed over yet</source>
        <translation>allt som inte har lämnats över än</translation>
    </message>
    <message>
        <source>automatically, past the retention period</source>
        <translation>automatiskt, när lagringstiden hade gått ut</translation>
    </message>
    <message>
        <source>with comments</source>
        <translation>med kommentarer</translation>
    </message>
    <message>
        <source>without comments</source>
        <translation>utan kommentarer</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n svar</numerusform>
            <numerusform>%n svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n färdigt</numerusform>
            <numerusform>%n färdiga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished</source>
        <translation>
            <numerusform>%n ofullständigt</numerusform>
            <numerusform>%n ofullständiga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n nytt tillfälle</numerusform>
            <numerusform>%n nya tillfällen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated session(s)</source>
        <translation>
            <numerusform>%n uppdaterat tillfälle</numerusform>
            <numerusform>%n uppdaterade tillfällen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new response(s)</source>
        <translation>
            <numerusform>%n nytt svar</numerusform>
            <numerusform>%n nya svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n fanns redan här</numerusform>
            <numerusform>%n fanns redan här</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting record(s) left as they were</source>
        <translation>
            <numerusform>%n post i konflikt lämnades som den var</numerusform>
            <numerusform>%n poster i konflikt lämnades som de var</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) moved to it</source>
        <translation>
            <numerusform>%n tillfälle flyttades till den</numerusform>
            <numerusform>%n tillfällen flyttades till den</numerusform>
        </translation>
    </message>
    <message>
        <source>title</source>
        <translation>namnet</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datumet</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisationen</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>målgruppen</translation>
    </message>
    <message>
        <source>location</source>
        <translation>platsen</translation>
    </message>
    <message>
        <source>trainers</source>
        <translation>utbildarna</translation>
    </message>
    <message>
        <source>kiosk language</source>
        <translation>kioskens standardspråk</translation>
    </message>
    <message>
        <source>expected participants</source>
        <translation>väntat antal deltagare</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>enkäten</translation>
    </message>
    <message>
        <source>The log is empty: nothing has been recorded yet.</source>
        <translation>Loggen är tom: ingenting har registrerats ännu.</translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %n entries.</source>
        <translation>
            <numerusform>Loggen är intakt: %n post.</numerusform>
            <numerusform>Loggen är intakt: %n poster.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log has been changed outside the app: the entries below no longer match what was recorded.</source>
        <translation>Loggen har ändrats utanför appen: posterna nedan stämmer inte längre med det som registrerades.</translation>
    </message>
    <message>
        <source>Entry %1 has been changed.</source>
        <translation>Post %1 har ändrats.</translation>
    </message>
    <message>
        <source>Entry %1 has been deleted.</source>
        <translation>Post %1 har raderats.</translation>
    </message>
    <message>
        <source>Entries %1–%2 have been deleted.</source>
        <translation>Posterna %1–%2 har raderats.</translation>
    </message>
    <message>
        <source>Entry %1 has been inserted.</source>
        <translation>Post %1 har lagts till i efterhand.</translation>
    </message>
    <message>
        <source>An entry before entry %1 has been deleted.</source>
        <translation>En post före post %1 har raderats.</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>BrandingGroup</name>
    <message>
        <source>Branding</source>
        <translation>Organisationens namn och logotyp</translation>
    </message>
    <message>
        <source>Organisation&apos;s title on the kiosk</source>
        <translation>Organisationens namn i kiosken</translation>
    </message>
    <message>
        <source>e.g. Police University College</source>
        <translation>t.ex. Polisyrkeshögskolan</translation>
    </message>
    <message>
        <source>The logo</source>
        <translation>Logotypen</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Välj logotyp…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Ta bort logotypen</translation>
    </message>
    <message>
        <source>Shown above the welcome text on the kiosk: a PNG, JPG or SVG file, kept at most 512 pixels on its longer side.</source>
        <translation>Visas ovanför välkomsttexten i kiosken: en PNG-, JPG- eller SVG-fil, som sparas med högst 512 pixlar på den längre sidan.</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Välj logotyp</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>%1 is too large for a logo: choose a picture file of at most %2 MB.</source>
        <translation>%1 är för stor för en logotyp: välj en bildfil på högst %2 MB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: check that the file is still there.</source>
        <translation>%1 kan inte läsas: kontrollera att filen fortfarande finns kvar.</translation>
    </message>
    <message>
        <source>%1 is not a picture: choose a PNG, JPG or SVG file.</source>
        <translation>%1 är ingen bild: välj en PNG-, JPG- eller SVG-fil.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import bundles</source>
        <translation>Importera överföringsfiler</translation>
    </message>
    <message>
        <source>Add the files the trainers handed over, or drag them here. Each file is checked first and shows what it would add; nothing is imported before you press Import.</source>
        <translation>Lägg till filerna som utbildarna har lämnat över, eller dra hit dem. Varje fil kontrolleras först och visar vad den skulle tillföra; ingenting importeras förrän du trycker på Importera.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Lägg till filer…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Type the passphrase…</source>
        <translation>Skriv lösenfrasen…</translation>
    </message>
    <message>
        <source>Also import bundles with conflicts, leaving those records as they are here</source>
        <translation>Importera även överföringsfiler med konflikter; de motstridiga posterna lämnas som de är här</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Results files (*.fbundle);;All files (*)</source>
        <translation>Överföringsfiler (*.fbundle);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Nothing more was imported: %1</source>
        <translation>Inget mer importerades: %1</translation>
    </message>
</context>
<context>
    <name>BundleTable</name>
    <message>
        <source>Files to import</source>
        <extracomment>The file column&apos;s width at first, in pixels at 100 % text (the trainer can widen it). The status column&apos;s narrowest, in average characters: past that the table scrolls sideways.</extracomment>
        <translation>Filer att importera</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Dator</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Överlämnad</translation>
    </message>
    <message>
        <source>New sessions</source>
        <translation>Nya tillfällen</translation>
    </message>
    <message>
        <source>New responses</source>
        <translation>Nya svar</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Finns redan</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>BundleTexts</name>
    <message>
        <source>Importing %1 (file %2 of %3)…</source>
        <translation>Importerar %1 (fil %2 av %3)…</translation>
    </message>
    <message>
        <source>The file is no longer there. Add it again from where it is now.</source>
        <translation>Filen finns inte längre kvar. Lägg till den igen från där den finns nu.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1). Check that it is still there and that you may read it.</source>
        <translation>Filen kan inte läsas (%1). Kontrollera att den finns kvar och att du har rätt att läsa den.</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <source>(+%1 updated)</source>
        <translation>(+%1 uppdaterade)</translation>
    </message>
    <message>
        <source>Waiting to be checked</source>
        <translation>Väntar på kontroll</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrolleras…</translation>
    </message>
    <message>
        <source>Checking… %1 %</source>
        <translation>Kontrolleras… %1 %</translation>
    </message>
    <message>
        <source>Ready to import; the conflicting records stay as they are here.</source>
        <translation>Klar att importeras; de motstridiga posterna förblir som de är här.</translation>
    </message>
    <message>
        <source>Has records that differ from those stored here: imported only with the box below ticked.</source>
        <translation>Innehåller poster som skiljer sig från dem som sparats här: importeras bara om rutan nedan är markerad.</translation>
    </message>
    <message>
        <source>Nothing new: all of it is here already.</source>
        <translation>Inget nytt: allt finns redan här.</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Klar att importeras</translation>
    </message>
    <message>
        <source>Nothing new: all of it was here already.</source>
        <translation>Inget nytt: allt fanns redan här.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <source>the conflicting records stay as they are here</source>
        <translation>de motstridiga posterna lämnades som de var</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) already here in a later edit</source>
        <translation>
            <numerusform>%n tillfälle fanns redan här i en senare version</numerusform>
            <numerusform>%n tillfällen fanns redan här i en senare version</numerusform>
        </translation>
    </message>
    <message>
        <source>No files yet: add the files the trainers handed over.</source>
        <translation>Inga filer ännu: lägg till filerna som utbildarna har lämnat över.</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Filerna kontrolleras…</translation>
    </message>
    <message>
        <source>Nothing to import yet: tick the box above to import the files with conflicts.</source>
        <translation>Inget att importera ännu: markera rutan ovan för att importera filerna med konflikter.</translation>
    </message>
    <message>
        <source>Nothing to import: add more files.</source>
        <translation>Inget att importera: lägg till fler filer.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import from %n file(s): %1.</source>
        <translation>
            <numerusform>Klart att importera från %n fil: %1.</numerusform>
            <numerusform>Klart att importera från %n filer: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported from %n file(s): %1.</source>
        <translation>
            <numerusform>Importerat från %n fil: %1.</numerusform>
            <numerusform>Importerat från %n filer: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new was imported.</source>
        <translation>Inget nytt importerades.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) held nothing new.</source>
        <translation>
            <numerusform>%n fil innehöll inget nytt.</numerusform>
            <numerusform>%n filer innehöll inget nytt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused: the list says why.</source>
        <translation>
            <numerusform>%n fil avvisades: listan visar varför.</numerusform>
            <numerusform>%n filer avvisades: listan visar varför.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files not marked imported were left out.</source>
        <translation>Avbrutet: filerna som inte är markerade som importerade lämnades utanför.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 och %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n nytt tillfälle</numerusform>
            <numerusform>%n nya tillfällen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new response(s)</source>
        <translation>
            <numerusform>%n nytt svar</numerusform>
            <numerusform>%n nya svar</numerusform>
        </translation>
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
    <name>CommentsBrowser</name>
    <message>
        <source>Search the comments</source>
        <extracomment>How long typing may pause before the search runs.</extracomment>
        <translation>Sök i kommentarerna</translation>
    </message>
    <message>
        <source>Search the comments…</source>
        <translation>Sök i kommentarerna…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Another sample</source>
        <translation>Nytt urval</translation>
    </message>
    <message>
        <source>Draw the comments again, in a new random order</source>
        <translation>Hämta kommentarerna på nytt, i en ny slumpmässig ordning</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alla frågor</translation>
    </message>
    <message>
        <source>The comments are withheld: the selection has fewer than %1 responses, and a comment is a participant&apos;s own words.</source>
        <translation>Kommentarerna visas inte: urvalet har färre än %1 svar, och en kommentar är en deltagares egna ord.</translation>
    </message>
    <message>
        <source>No comment contains “%1”.</source>
        <translation>Ingen kommentar innehåller ”%1”.</translation>
    </message>
    <message>
        <source>No comments in this selection.</source>
        <translation>Det finns inga kommentarer i det här urvalet.</translation>
    </message>
    <message>
        <source>%1 of %2 comments, a random sample in random order.</source>
        <translation>%1 av %2 kommentarer: ett slumpmässigt urval i slumpmässig ordning.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s), in random order.</source>
        <translation>
            <numerusform>%n kommentar, i slumpmässig ordning.</numerusform>
            <numerusform>%n kommentarer, i slumpmässig ordning.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Mean</source>
        <comment>short heading of a column</comment>
        <extracomment>The header&apos;s top part: the item&apos;s text spanning its columns. Lines of an item&apos;s text over its columns.</extracomment>
        <translation>Medel</translation>
    </message>
    <message>
        <source>Top 2</source>
        <comment>short heading of a column</comment>
        <translation>2 högsta</translation>
    </message>
    <message>
        <source>Mean of the answers on the scale</source>
        <translation>Medelvärdet av svaren på skalan</translation>
    </message>
    <message>
        <source>Share of answers in the two highest points of the scale</source>
        <translation>Andelen svar i skalans två högsta steg</translation>
    </message>
    <message>
        <source>Answers on the scale (without “cannot say”)</source>
        <translation>Svar på skalan (utan ”Kan inte säga”)</translation>
    </message>
    <message>
        <source>Withheld: fewer than %1 responses</source>
        <translation>Visas inte: färre än %1 svar</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Organisation</source>
        <extracomment>The widest the column of organisation names grows (at 100 % text).</extracomment>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Compare by</source>
        <translation>Jämför efter</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Jämförelse</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>“–”: a group with fewer than %1 responses, withheld. Click a heading to sort.</source>
        <translation>”–”: gruppen har färre än %1 svar, så resultatet visas inte. Klicka på en rubrik för att sortera.</translation>
    </message>
    <message>
        <source>(no audience)</source>
        <translation>(ingen målgrupp)</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(ingen organisation)</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <source>Backups and data…</source>
        <translation>Datahantering…</translation>
    </message>
    <message>
        <source>Back up the database, restore a backup, delete responses, see the log</source>
        <translation>Säkerhetskopiera databasen, återställ en säkerhetskopia, radera svar eller se händelseloggen</translation>
    </message>
    <message>
        <source>Back up to…</source>
        <translation>Säkerhetskopiera till…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Återställ en säkerhetskopia…</translation>
    </message>
    <message>
        <source>Delete responses…</source>
        <translation>Radera svar…</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Händelselogg…</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Säkerhetskopiera till</translation>
    </message>
    <message>
        <source>Backups (*.db)</source>
        <translation>Säkerhetskopior (*.db)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Säkerhetskopiering</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Säkerhetskopian skrivs…</translation>
    </message>
    <message>
        <source>Backed up: %1.</source>
        <translation>Säkerhetskopierat: %1.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <source>Restoring the backup and checking it…</source>
        <translation>Säkerhetskopian kontrolleras och återställs…</translation>
    </message>
    <message>
        <source>Restored %1: %2.</source>
        <translation>%1 har återställts: %2.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as the backup %1 in the data folder.</source>
        <translation>Databasen som ersattes sparas som säkerhetskopian %1 i databasens mapp.</translation>
    </message>
    <message>
        <source>There was no database to keep.</source>
        <translation>Det fanns ingen databas att spara.</translation>
    </message>
    <message>
        <source>Delete responses</source>
        <translation>Radera svar</translation>
    </message>
    <message>
        <source>Deleting the responses and rewriting the database…</source>
        <translation>Svaren raderas och databasen skrivs om…</translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation>Raderat: %1.</translation>
    </message>
    <message>
        <source>The backup made just before, %1, is kept for %2 days.</source>
        <translation>Säkerhetskopian som gjordes strax innan, %1, sparas i %2 dagar.</translation>
    </message>
    <message numerus="yes">
        <source>They were also removed from %n other backup(s) in the data folder.</source>
        <translation>
            <numerusform>De raderades också ur %n annan säkerhetskopia i databasens mapp.</numerusform>
            <numerusform>De raderades också ur %n andra säkerhetskopior i databasens mapp.</numerusform>
        </translation>
    </message>
    <message>
        <source>These backups could not be rewritten and still hold the deleted responses: %1. Delete them from the data folder&apos;s backups folder, or try again.</source>
        <translation>De här säkerhetskopiorna kunde inte skrivas om och innehåller fortfarande de raderade svaren: %1. Radera dem ur mappen backups i databasens mapp, eller försök igen.</translation>
    </message>
    <message>
        <source>A backup, a restore or a deletion is still running.</source>
        <translation>En säkerhetskopiering, återställning eller radering pågår fortfarande.</translation>
    </message>
    <message>
        <source>A session is still being closed.</source>
        <translation>Ett tillfälle håller fortfarande på att stängas.</translation>
    </message>
    <message>
        <source>The daily backup is still being written.</source>
        <translation>Dagens säkerhetskopia skrivs fortfarande.</translation>
    </message>
    <message>
        <source>Responses are still being exported.</source>
        <translation>Svaren håller fortfarande på att exporteras.</translation>
    </message>
    <message>
        <source>A report is still being written.</source>
        <translation>En rapport håller fortfarande på att skrivas.</translation>
    </message>
    <message>
        <source>Wait until it has finished, then try again.</source>
        <translation>Vänta tills det är klart och försök sedan igen.</translation>
    </message>
</context>
<context>
    <name>DataTexts</name>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n svar</numerusform>
            <numerusform>%n svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s)</source>
        <translation>
            <numerusform>%1 från %n tillfälle</numerusform>
            <numerusform>%1 från %n tillfällen</numerusform>
        </translation>
    </message>
    <message>
        <source>When the app started</source>
        <translation>När appen startade</translation>
    </message>
    <message>
        <source>When a session was closed</source>
        <translation>När ett tillfälle stängdes</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Gjord manuellt</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Före en import</translation>
    </message>
    <message>
        <source>Before responses were deleted</source>
        <translation>Innan svar raderades</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Ersatt vid en återställning</translation>
    </message>
    <message>
        <source>Before an update of the app</source>
        <translation>Före en uppdatering av appen</translation>
    </message>
    <message>
        <source>A damaged database, kept as it was</source>
        <translation>En skadad databas, sparad som den var</translation>
    </message>
    <message>
        <source>A file from elsewhere</source>
        <translation>En fil från annat håll</translation>
    </message>
    <message>
        <source>Not a backup</source>
        <translation>Ingen säkerhetskopia</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Skadad</translation>
    </message>
    <message>
        <source>From a newer version</source>
        <translation>Från en nyare version</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Kan inte läsas</translation>
    </message>
    <message>
        <source>Cannot be restored</source>
        <translation>Kan inte återställas</translation>
    </message>
    <message>
        <source>Cannot be restored: not a backup of this app</source>
        <translation>Kan inte återställas: ingen säkerhetskopia från den här appen</translation>
    </message>
    <message>
        <source>Cannot be restored: the file is damaged</source>
        <translation>Kan inte återställas: filen är skadad</translation>
    </message>
    <message>
        <source>Cannot be restored: made by a newer version of the app</source>
        <translation>Kan inte återställas: gjord med en nyare version av appen</translation>
    </message>
    <message>
        <source>Cannot be restored: the file cannot be read</source>
        <translation>Kan inte återställas: filen kan inte läsas</translation>
    </message>
</context>
<context>
    <name>DeleteResponsesDialog</name>
    <message>
        <source>Delete responses</source>
        <translation>Radera svar</translation>
    </message>
    <message>
        <source>Which responses do you want to delete for good?</source>
        <translation>Vilka svar vill du radera för gott?</translation>
    </message>
    <message>
        <source>no session selected</source>
        <translation>inget tillfälle valt</translation>
    </message>
    <message>
        <source>The responses of the selected session (%1)</source>
        <translation>Svaren från det valda tillfället (%1)</translation>
    </message>
    <message>
        <source>The sessions stay, with their titles, dates and other details; only their responses go. The deleted answers are removed from the database file and from the backups in the data folder. A backup made just before the deletion is kept for %1 days, in case the deletion was a mistake, and then removed. Copies elsewhere, such as exports, hand-overs and backups on a USB stick, are not changed.</source>
        <translation>Tillfällena finns kvar med namn, datum och övriga uppgifter; bara deras svar försvinner. De raderade svaren tas bort ur databasfilen och ur säkerhetskopiorna i databasens mapp. En säkerhetskopia som görs strax före raderingen sparas i %1 dagar, ifall raderingen var ett misstag, och tas sedan bort. Kopior på andra ställen, till exempel exporter, överlämningar och säkerhetskopior på ett USB-minne, ändras inte.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Radera…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message numerus="yes">
        <source>The responses of sessions held more than %n month(s) ago</source>
        <translation>
            <numerusform>Svaren från tillfällen som hölls för mer än %n månad sedan</numerusform>
            <numerusform>Svaren från tillfällen som hölls för mer än %n månader sedan</numerusform>
        </translation>
    </message>
    <message>
        <source>These are the sessions held before %1.</source>
        <translation>Det gäller tillfällen som hölls före %1.</translation>
    </message>
    <message>
        <source>The selected session has no responses: there is nothing to delete.</source>
        <translation>Det valda tillfället har inga svar: det finns inget att radera.</translation>
    </message>
    <message>
        <source>No session that old has responses: there is nothing to delete.</source>
        <translation>Inga så gamla tillfällen har svar: det finns inget att radera.</translation>
    </message>
    <message numerus="yes">
        <source>This deletes %n response(s)</source>
        <translation>
            <numerusform>Detta raderar %n svar</numerusform>
            <numerusform>Detta raderar %n svar</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 completed, %2 unfinished)</source>
        <translation>(färdiga: %1, ofullständiga: %2)</translation>
    </message>
    <message numerus="yes">
        <source>of %n session(s).</source>
        <translation>
            <numerusform>från %n tillfälle.</numerusform>
            <numerusform>från %n tillfällen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete these responses for good?</source>
        <translation>Vill du radera de här svaren för gott?</translation>
    </message>
    <message>
        <source>After %1 days they cannot be brought back.</source>
        <translation>Efter %1 dagar kan de inte längre återställas.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
</context>
<context>
    <name>DivergingChart</name>
    <message>
        <source>Agreement by item</source>
        <extracomment>Where the &quot;cannot say&quot; column starts, past the 100 % of agreement.</extracomment>
        <translation>Svarsfördelning per påstående</translation>
    </message>
    <message>
        <source>fewer than %1 responses</source>
        <translation>färre än %1 svar</translation>
    </message>
    <message>
        <source>cannot say: %1</source>
        <translation>kan inte säga: %1</translation>
    </message>
    <message>
        <source>Withheld: fewer than %1 responses</source>
        <translation>Visas inte: färre än %1 svar</translation>
    </message>
    <message>
        <source>Cannot say: %1 of %2 responses (%3)</source>
        <translation>Kan inte säga: %1 av %2 svar (%3)</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 av %4)</translation>
    </message>
    <message>
        <source>Cannot say</source>
        <translation>Kan inte säga</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Duplicate questionnaire</source>
        <translation>Kopiera enkäten</translation>
    </message>
    <message>
        <source>The copy starts as version 1 of a new questionnaire, with every question of “%1” version %2. The original stays as it is.</source>
        <translation>Kopian blir version 1 av en ny enkät, med alla frågor i ”%1” version %2. Originalet förblir som det är.</translation>
    </message>
    <message>
        <source>Id of the copy</source>
        <translation>Kopians id</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Give an id of letters, digits, _ . or -, starting with a letter (at most 64 characters), e.g. border-course-2026.</source>
        <translation>Ange ett id med bokstäver, siffror eller tecknen _ . -, som börjar med en bokstav (högst 64 tecken), till exempel granskurs-2026.</translation>
    </message>
    <message>
        <source>A questionnaire with this id exists already: choose another.</source>
        <translation>Det finns redan en enkät med det här id:t. Välj ett annat.</translation>
    </message>
    <message>
        <source>Give the title in every language.</source>
        <translation>Ange rubriken på alla språk.</translation>
    </message>
</context>
<context>
    <name>EditorLabels</name>
    <message>
        <source>Always shown.</source>
        <translation>Visas alltid.</translation>
    </message>
    <message>
        <source>Shown only when the answer to “%1” is %2.</source>
        <translation>Visas bara när svaret på ”%1” är %2.</translation>
    </message>
    <message>
        <source>Shown only when the answer to “%1” is one of %2.</source>
        <translation>Visas bara när svaret på ”%1” är något av följande: %2.</translation>
    </message>
    <message>
        <source>Shown unless the answer to “%1” is %2.</source>
        <translation>Visas om inte svaret på ”%1” är %2.</translation>
    </message>
    <message>
        <source>Shown unless the answer to “%1” is one of %2.</source>
        <translation>Visas om inte svaret på ”%1” är något av följande: %2.</translation>
    </message>
    <message>
        <source>Shown only when the answer to “%1” is at least %2.</source>
        <translation>Visas bara när svaret på ”%1” är minst %2.</translation>
    </message>
    <message>
        <source>Shown only when the answer to “%1” is at most %2.</source>
        <translation>Visas bara när svaret på ”%1” är högst %2.</translation>
    </message>
    <message>
        <source>Version %1 is already used by responses, so this was saved as version %2. Sessions that already collected answers keep version %1.</source>
        <translation>Version %1 har redan svar, så ändringarna sparades som version %2. Utbildningstillfällen som redan har svar behåller version %1.</translation>
    </message>
    <message>
        <source>Sessions without answers now use version %2 (%3).</source>
        <translation>Utbildningstillfällen utan svar använder nu version %2 (%3).</translation>
    </message>
    <message>
        <source>Nothing to save: version %1 is stored exactly like this.</source>
        <translation>Inget att spara: version %1 är sparad precis så här.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Sparad som version %1.</translation>
    </message>
    <message>
        <source>Every text is given in every language.</source>
        <translation>Alla texter finns på alla språk.</translation>
    </message>
    <message>
        <source>Missing translations: %1 (highlighted)</source>
        <translation>Översättningar som saknas: %1 (markerade)</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Disken är full. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The database is in use by another program. Close that program and try again.</source>
        <translation>Databasen används av ett annat program. Stäng det programmet och försök igen.</translation>
    </message>
    <message>
        <source>The data folder is read-only. Check its permissions, or start the app with another data folder.</source>
        <translation>Databasens mapp är skrivskyddad. Kontrollera mappens behörigheter eller starta appen med en annan mapp.</translation>
    </message>
    <message>
        <source>The database file is damaged, so nothing was written to it. Restore it from a backup, or start the app with another data folder.</source>
        <translation>Databasfilen är skadad, så ingenting skrevs till den. Återställ den från en säkerhetskopia eller starta appen med en annan mapp.</translation>
    </message>
    <message>
        <source>The database cannot be opened. Check that the data folder exists and that you may write in it.</source>
        <translation>Databasen kan inte öppnas. Kontrollera att databasens mapp finns och att du har rätt att skriva i den.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of the app. Install that version to open it; this one leaves the file as it is.</source>
        <translation>Databasen har sparats med en nyare version av appen. Installera den versionen för att öppna den; den här versionen lämnar filen orörd.</translation>
    </message>
    <message>
        <source>This session is closed and accepts no more responses. Reopen it first.</source>
        <translation>Tillfället är stängt och tar inte emot fler svar. Öppna det igen först.</translation>
    </message>
    <message>
        <source>It is no longer there: it may have been removed meanwhile. Refresh and try again.</source>
        <translation>Det finns inte längre: det kan ha tagits bort under tiden. Uppdatera vyn och försök igen.</translation>
    </message>
    <message>
        <source>This session already has responses, so it keeps the questionnaire version they were given.</source>
        <translation>Tillfället har redan svar, så det behåller den version av enkäten som svaren gavs i.</translation>
    </message>
    <message>
        <source>Some values are not acceptable. Check them and try again.</source>
        <translation>Några värden godtas inte. Kontrollera dem och försök igen.</translation>
    </message>
    <message>
        <source>This session was created on another laptop: it is edited, closed and answered there, and its results come here in the files handed over from that laptop.</source>
        <translation>Det här tillfället skapades på en annan dator: det redigeras, stängs och besvaras där, och resultaten kommer hit i de överföringsfiler som lämnas över från den datorn.</translation>
    </message>
    <message>
        <source>The database file is missing or empty, although this data folder has held data. Restore it from a backup; no new, empty database was made in its place.</source>
        <translation>Databasfilen saknas eller är tom, fast mappen har innehållit data. Återställ den från en säkerhetskopia; ingen ny, tom databas skapades i dess ställe.</translation>
    </message>
    <message>
        <source>This file is not a database of this app, so nothing was written to it. Move it away, or start the app with another data folder.</source>
        <translation>Filen är inte en databas för den här appen, så ingenting skrevs till den. Flytta den eller starta appen med en annan mapp.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Databasen rapporterade ett fel: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>This is not a results file (.fbundle) of this app. Choose the file that the trainer handed over.</source>
        <translation>Det här är inte en överföringsfil (.fbundle) från den här appen. Välj filen som utbildaren lämnade över.</translation>
    </message>
    <message>
        <source>The file is cut short, perhaps an incomplete copy. Copy it again, or ask the trainer to hand the results over again.</source>
        <translation>Filen är avkortad, kanske en ofullständig kopia. Kopiera den igen eller be utbildaren att lämna över resultaten på nytt.</translation>
    </message>
    <message>
        <source>The file is damaged: its content has changed since it was saved. Copy it again, or ask the trainer to hand the results over again.</source>
        <translation>Filen är skadad: innehållet har ändrats sedan den sparades. Kopiera den igen eller be utbildaren att lämna över resultaten på nytt.</translation>
    </message>
    <message>
        <source>The file was saved by a newer version of the app. Update the app on this laptop, then import the file again.</source>
        <translation>Filen har sparats med en nyare version av appen. Uppdatera appen på den här datorn och importera sedan filen igen.</translation>
    </message>
    <message>
        <source>The file holds something other than valid results of this app, so nothing of it was imported. Ask the trainer to hand the results over again.</source>
        <translation>Filen innehåller något annat än giltiga resultat från den här appen, så ingenting av den importerades. Be utbildaren att lämna över resultaten på nytt.</translation>
    </message>
    <message>
        <source>The file is encrypted: it opens only with the passphrase of the project manager&apos;s key. Press “Type the passphrase…” and type it.</source>
        <translation>Filen är krypterad: den öppnas bara med lösenfrasen till projektledarens nyckel. Tryck på ”Skriv lösenfrasen…” och skriv den.</translation>
    </message>
    <message>
        <source>The file holds records that differ from those stored here, so nothing of it was imported. To import the rest and leave those records as they are here, tick the box for bundles with conflicts and import again.</source>
        <translation>Filen innehåller poster som skiljer sig från dem som sparats här, så ingenting av den importerades. Markera rutan för överföringsfiler med konflikter och importera igen för att importera resten och lämna posterna som de är här.</translation>
    </message>
    <message>
        <source>This file is not a backup of this app. Choose a backup file (.db) that the app wrote.</source>
        <translation>Filen är ingen säkerhetskopia från den här appen. Välj en säkerhetskopia (.db) som appen har skapat.</translation>
    </message>
    <message>
        <source>The backup is damaged, so it cannot be restored. Choose another backup; nothing was changed.</source>
        <translation>Säkerhetskopian är skadad och kan inte återställas. Välj en annan säkerhetskopia; ingenting ändrades.</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of the app. Update the app on this laptop, then restore it.</source>
        <translation>Säkerhetskopian gjordes med en nyare version av appen. Uppdatera appen på den här datorn och återställ den sedan.</translation>
    </message>
    <message>
        <source>The backup cannot be read. Check that the file is still there and that you may read it.</source>
        <translation>Säkerhetskopian kan inte läsas. Kontrollera att filen finns kvar och att du har rätt att läsa den.</translation>
    </message>
    <message>
        <source>The app is open with this data folder in another window or in the kiosk. Close it first, then restore; nothing was changed.</source>
        <translation>Appen är öppen med databasens mapp i ett annat fönster eller i kiosken. Stäng den först och återställ sedan; ingenting ändrades.</translation>
    </message>
    <message>
        <source>The file could not be written, and nothing was changed.</source>
        <translation>Filen kunde inte skrivas, och ingenting ändrades.</translation>
    </message>
    <message>
        <source>Check that there is free space and that you may write there.</source>
        <translation>Kontrollera att det finns ledigt utrymme och att du har rätt att skriva där.</translation>
    </message>
    <message>
        <source>%1 is inside the app&apos;s data folder, which holds the database. Choose a file elsewhere.</source>
        <translation>%1 ligger i databasens mapp. Välj en annan plats för filen.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name.</source>
        <translation>%1 är en mapp. Ange ett filnamn.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file. Give a file name.</source>
        <translation>%1 är inte en vanlig fil. Ange ett filnamn.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another one.</source>
        <translation>Mappen %1 finns inte. Skapa den eller välj en annan mapp.</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another name.</source>
        <translation>%1 finns redan. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. Choose another folder.</source>
        <translation>Mappen %1 är skrivskyddad. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>There are no responses to export, so nothing was written.</source>
        <translation>Det finns inga svar att exportera, så ingenting sparades.</translation>
    </message>
    <message>
        <source>%1 is an old .xls file. Open it in Excel, save it as .xlsx and import that file.</source>
        <translation>%1 är en gammal .xls-fil. Öppna den i Excel, spara den som .xlsx och importera den filen.</translation>
    </message>
    <message>
        <source>%1 is not a questionnaire file. Choose a .json file of this app or an XLSForm (.xlsx).</source>
        <translation>%1 är ingen enkätfil. Välj en .json-fil från den här appen eller ett XLSForm-formulär (.xlsx).</translation>
    </message>
    <message>
        <source>%1 is no longer there. Choose the file again.</source>
        <translation>%1 finns inte längre. Välj filen igen.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file. Choose a .json or .xlsx file.</source>
        <translation>%1 är ingen vanlig fil. Välj en .json- eller .xlsx-fil.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it as UTF-8 in your text editor and try again.</source>
        <translation>%1 är inte UTF-8-text. Spara den som UTF-8 i din textredigerare och försök igen.</translation>
    </message>
    <message>
        <source>The questionnaire cannot be written as an XLSForm, so no file was written. Export it as JSON, or change what is listed here:</source>
        <translation>Enkäten kan inte skrivas som ett XLSForm-formulär, så ingen fil skrevs. Exportera den som JSON eller ändra det som listas här:</translation>
    </message>
    <message>
        <source>The file is encrypted but cannot be read; it may be cut short. Copy it again.</source>
        <translation>Filen är krypterad men kan inte läsas; den kan vara avkortad. Kopiera den igen.</translation>
    </message>
    <message>
        <source>The file is encrypted for the project manager, and this laptop has no project manager&apos;s key to open it. Import it on the project manager&apos;s laptop.</source>
        <translation>Filen är krypterad för projektledaren, och den här datorn har ingen projektledarnyckel som öppnar den. Importera den på projektledarens dator.</translation>
    </message>
    <message>
        <source>The file is encrypted for another project manager&apos;s key, not for the one on this laptop. Ask the trainer to check the key in Settings and hand the results over again.</source>
        <translation>Filen är krypterad för en annan projektledares nyckel, inte för den som finns på den här datorn. Be utbildaren att kontrollera nyckeln i inställningarna och lämna över resultaten på nytt.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, so the key was not opened. Type it again.</source>
        <translation>Lösenfrasen är fel, så nyckeln öppnades inte. Skriv den igen.</translation>
    </message>
    <message>
        <source>This laptop already has a project manager&apos;s key. It is not replaced: the files encrypted for it would no longer open.</source>
        <translation>Den här datorn har redan en projektledarnyckel. Den ersätts inte, eftersom filerna som krypterats för den inte längre skulle gå att öppna.</translation>
    </message>
    <message>
        <source>That is not a project manager&apos;s public key. The key is one line that begins with age1; copy the whole line from the project manager.</source>
        <translation>Det är inte en projektledares publika nyckel. Nyckeln är en rad som börjar med age1; kopiera hela raden som du har fått av projektledaren.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 8 characters.</source>
        <translation>Lösenfrasen är för kort: använd minst 8 tecken.</translation>
    </message>
    <message>
        <source>There is nothing to hand over: everything has been handed over already, or the chosen sessions are no longer here. No file was written.</source>
        <translation>Det finns inget att lämna över: allt har redan lämnats över, eller så finns de valda tillfällena inte längre. Ingen fil sparades.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Filen kan inte importeras: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>All</source>
        <comment>a filter that limits nothing: every organisation, session, ...</comment>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Rensa filtren</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Tidsperiod</translation>
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
        <source>Session</source>
        <translation>Tillfälle</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Enkät</translation>
    </message>
    <message>
        <source>Answer language</source>
        <translation>Svarsspråk</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Dator</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <source>Laptop %1</source>
        <translation>Dator %1</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over results</source>
        <extracomment>How long the choice rests before it is counted again (a few ticks in a row count once).</extracomment>
        <translation>Lämna över resultaten</translation>
    </message>
    <message>
        <source>Save the sessions and their responses in one file for the project manager, who imports the files of every trainer. Give the file to the project manager, for example on a USB stick.</source>
        <translation>Spara tillfällena och deras svar i en fil till projektledaren, som importerar alla utbildares filer. Ge filen till projektledaren, till exempel på ett USB-minne.</translation>
    </message>
    <message>
        <source>Everything not handed over yet</source>
        <translation>Allt som inte har lämnats över ännu</translation>
    </message>
    <message>
        <source>New sessions and responses, and the sessions edited since the last hand-over.</source>
        <translation>Nya tillfällen och svar samt tillfällen som har redigerats sedan förra överlämningen.</translation>
    </message>
    <message>
        <source>Chosen sessions</source>
        <translation>Valda tillfällen</translation>
    </message>
    <message>
        <source>Sessions to hand over</source>
        <translation>Tillfällen att lämna över</translation>
    </message>
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
        <source>Save as…</source>
        <translation>Spara som…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>From another laptop (%1)</source>
        <translation>Från en annan dator (%1)</translation>
    </message>
    <message>
        <source>Encrypted for the project manager: only their key opens the file.</source>
        <translation>Krypterad för projektledaren: bara projektledarens nyckel öppnar filen.</translation>
    </message>
    <message>
        <source>Not encrypted: the project manager&apos;s key is not set in Settings.</source>
        <translation>Inte krypterad: projektledarens nyckel har inte angetts i inställningarna.</translation>
    </message>
    <message>
        <source>Tick the sessions to hand over.</source>
        <translation>Markera tillfällena som ska lämnas över.</translation>
    </message>
    <message>
        <source>Counting what goes in the file…</source>
        <translation>Räknar vad som kommer med i filen…</translation>
    </message>
    <message>
        <source>Nothing to hand over: everything has been handed over already.</source>
        <translation>Inget att lämna över: allt har redan lämnats över.</translation>
    </message>
    <message>
        <source>The chosen sessions are no longer here.</source>
        <translation>De valda tillfällena finns inte längre.</translation>
    </message>
    <message>
        <source>In the file: %1.</source>
        <translation>I filen: %1.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 och %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n tillfälle</numerusform>
            <numerusform>%n tillfällen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n svar</numerusform>
            <numerusform>%n svar</numerusform>
        </translation>
    </message>
    <message>
        <source>Results files (*.fbundle)</source>
        <translation>Överföringsfiler (*.fbundle)</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another name.</source>
        <translation>%1 finns redan. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>Writing the file for the project manager…</source>
        <translation>Filen till projektledaren sparas…</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Avbrutet. Ingen fil sparades.</translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation>Sparad i %1.</translation>
    </message>
    <message>
        <source>The file holds %1.</source>
        <translation>Filen innehåller %1.</translation>
    </message>
    <message>
        <source>It is encrypted for the project manager.</source>
        <translation>Den är krypterad för projektledaren.</translation>
    </message>
    <message>
        <source>It is not encrypted.</source>
        <translation>Den är inte krypterad.</translation>
    </message>
    <message>
        <source>Give the file to the project manager.</source>
        <translation>Ge filen till projektledaren.</translation>
    </message>
</context>
<context>
    <name>HeadlineFigures</name>
    <message>
        <source>Responses</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Tillfällen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Tidsperiod</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Svarsfrekvens</translation>
    </message>
    <message>
        <source>None of the selected sessions says how many participants it expected.</source>
        <translation>Inget av de valda tillfällena har ett väntat antal deltagare angivet.</translation>
    </message>
    <message>
        <source>%1 responses from %2 expected participants, in the selected sessions that say how many they expected</source>
        <translation>%1 svar från %2 väntade deltagare, i de valda tillfällen som har ett väntat antal deltagare angivet</translation>
    </message>
</context>
<context>
    <name>HeadlineSentences</name>
    <message>
        <source>%1 of respondents agreed with %2 (n = %3).</source>
        <extracomment>Quotation marks: Finnish and Swedish use ” on both sides.</extracomment>
        <translation>%1 av de svarande instämde i påståendet %2 (n = %3).</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Import a questionnaire</source>
        <translation>Importera en enkät</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n fråga</numerusform>
            <numerusform>%n frågor</numerusform>
        </translation>
    </message>
    <message>
        <source>Questionnaire %1, version %2</source>
        <translation>Enkät %1, version %2</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Språk: %1</translation>
    </message>
    <message>
        <source>Left out or assumed when the XLSForm was read:</source>
        <translation>När XLSForm-formuläret lästes utelämnades eller antogs följande:</translation>
    </message>
    <message>
        <source>Import stores it beside the questionnaires already here. A version that responses refer to never changes: the file is then stored as the next version.</source>
        <translation>Importera sparar den bredvid de enkäter som redan finns här. En version som redan har svar ändras aldrig: filen sparas då som nästa version.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Check %1: it seems to ask for something that identifies a participant (a name, contact details, an address). Responses are meant to be anonymous, so remove or reword it after importing unless it is harmless.</source>
        <translation>Kontrollera %1: den verkar fråga efter något som identifierar en deltagare (namn, kontaktuppgifter, adress). Svaren ska vara anonyma, så ta bort eller formulera om frågan efter importen om den inte är harmlös.</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Language of these screens</source>
        <translation>Språket i de här vyerna</translation>
    </message>
    <message>
        <source>The computer&apos;s language (%1)</source>
        <translation>Datorns språk (%1)</translation>
    </message>
    <message>
        <source>The kiosk asks each participant for their language on its welcome screen.</source>
        <translation>På kioskens välkomstsida väljer varje deltagare sitt eget språk.</translation>
    </message>
</context>
<context>
    <name>LaptopFilter</name>
    <message>
        <source>Sessions from</source>
        <extracomment>How many organisations a laptop&apos;s entry names before &quot;…&quot;.</extracomment>
        <translation>Tillfällen från dator</translation>
    </message>
    <message>
        <source>All laptops</source>
        <translation>Alla datorer</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <source>Laptop %1</source>
        <translation>Dator %1</translation>
    </message>
</context>
<context>
    <name>MultiChoice</name>
    <message>
        <source>Find…</source>
        <extracomment>The widest a button grows; a longer name is cut short with &quot;…&quot;.</extracomment>
        <translation>Sök…</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n vald</numerusform>
            <numerusform>%n valda</numerusform>
        </translation>
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
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are encrypted for the project manager. Type the passphrase of the project manager&apos;s key to open them.</source>
        <translation>
            <numerusform>%n fil är krypterad för projektledaren. Skriv lösenfrasen till projektledarens nyckel för att öppna den.</numerusform>
            <numerusform>%n filer är krypterade för projektledaren. Skriv lösenfrasen till projektledarens nyckel för att öppna dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Skriv lösenfrasen.</translation>
    </message>
    <message>
        <source>Opening the key…</source>
        <translation>Nyckeln öppnas…</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Training feedback report</source>
        <translation>Rapport om utbildningsresponsen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>The comments as the participants wrote them, in random order.</source>
        <translation>Kommentarerna så som deltagarna skrev dem, i slumpmässig ordning.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Tidsperiod</translation>
    </message>
    <message>
        <source>Responses included</source>
        <translation>Svar som ingår</translation>
    </message>
    <message>
        <source>All completed responses</source>
        <translation>Alla färdiga svar</translation>
    </message>
    <message>
        <source>About the numbers</source>
        <translation>Om siffrorna</translation>
    </message>
    <message>
        <source>Only completed responses are counted. Groups with fewer than %1 responses are withheld: no average, share or comment is shown for them, only the number of responses, so that no participant can be recognised.</source>
        <translation>Endast färdiga svar räknas. För grupper med färre än %1 svar visas inget medelvärde, inga andelar och inga kommentarer, bara antalet svar, så att ingen deltagare kan kännas igen.</translation>
    </message>
    <message>
        <source>The comments are included.</source>
        <translation>Kommentarerna ingår.</translation>
    </message>
    <message>
        <source>The comments are not included.</source>
        <translation>Kommentarerna ingår inte.</translation>
    </message>
    <message>
        <source>Report made on %1.</source>
        <translation>Rapporten sammanställdes %1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>The selection has fewer than %1 responses, so no average or share is shown.</source>
        <translation>Urvalet har färre än %1 svar, så inga medelvärden eller andelar visas.</translation>
    </message>
    <message>
        <source>Main findings</source>
        <translation>Huvudresultat</translation>
    </message>
    <message>
        <source>Agreement with the statements</source>
        <translation>Svaren på påståendena</translation>
    </message>
    <message>
        <source>Shares of the answers on the scale, in percent; disagreement left of the centre line, agreement right of it, the middle point across it. The answers “cannot say” are counted apart, on the right.</source>
        <translation>Andelarna av svaren på skalan i procent: de som inte instämmer till vänster om mittlinjen, de som instämmer till höger och skalans mittpunkt över linjen. Svaren ”kan inte säga” räknas för sig, längst till höger.</translation>
    </message>
    <message>
        <source>Cannot say</source>
        <translation>Kan inte säga</translation>
    </message>
    <message>
        <source>no answers on the scale</source>
        <translation>inga svar på skalan</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Svarsfrekvens</translation>
    </message>
    <message>
        <source>%1 of %2 expected participants</source>
        <translation>%1 svar av %2 väntade deltagare</translation>
    </message>
    <message>
        <source>Results per question</source>
        <translation>Resultat per fråga</translation>
    </message>
    <message>
        <source>Distribution of the answers</source>
        <translation>Svarens fördelning</translation>
    </message>
    <message>
        <source>Share of n at each point of the scale; “cannot say” as a count.</source>
        <translation>Andel av n i varje steg på skalan; ”kan inte säga” som antal.</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Jämförelser</translation>
    </message>
    <message>
        <source>Each cell is the top-2 share: the share of the answers in the two highest points of the scale. The columns are the questions numbered as in “Results per question”. A grey cell is withheld: fewer than %1 responses.</source>
        <translation>Varje cell visar andelen för de två högsta, det vill säga andelen svar i skalans två högsta steg. Kolumnerna är frågorna, numrerade som i ”Resultat per fråga”. En grå cell visas inte: den har färre än %1 svar.</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>Per organisation</translation>
    </message>
    <message>
        <source>By audience</source>
        <translation>Per målgrupp</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>withheld: fewer than %1 responses</source>
        <extracomment>At most this many question columns side by side in a comparison; more make a second table. A distribution of more scale points than this shows whole percents, to keep to the page.</extracomment>
        <translation>visas inte: färre än %1 svar</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Medelvärde</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Top 2</source>
        <translation>Två högsta</translation>
    </message>
    <message>
        <source>95 % CI</source>
        <translation>95 % KI</translation>
    </message>
    <message>
        <source>Bottom 2</source>
        <translation>Två lägsta</translation>
    </message>
    <message>
        <source>n: answers on the scale, without “cannot say” and unanswered. Top 2 and bottom 2: the share of n in the two highest and the two lowest points of the scale; 95 % CI: the interval that holds the top-2 share of all such participants with 95 % confidence.</source>
        <translation>n: svaren på skalan, utan ”kan inte säga” och obesvarade. Två högsta och två lägsta: andelen av n i skalans två högsta och två lägsta steg. SD: standardavvikelse. 95 % KI: konfidensintervallet som med 95 % säkerhet innehåller andelen för de två högsta bland alla motsvarande deltagare.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>n = %1; shares are of n.</source>
        <translation>n = %1; andelarna räknas av n.</translation>
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
        <source>Responses</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Inga kommentarer.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (fortsättning)</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från och med %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>till och med %1</translation>
    </message>
    <message>
        <source>Session dates</source>
        <translation>Tillfällenas datum</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Tillfällen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Sessions chosen</source>
        <translation>Valda tillfällen</translation>
    </message>
    <message>
        <source>Organisations chosen</source>
        <translation>Valda organisationer</translation>
    </message>
    <message>
        <source>Audiences chosen</source>
        <translation>Valda målgrupper</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Enkät</translation>
    </message>
    <message>
        <source>Answer languages</source>
        <translation>Svarsspråk</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Datorer</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>den här datorn</translation>
    </message>
    <message>
        <source>laptop %1</source>
        <translation>dator %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Inte angiven</translation>
    </message>
    <message>
        <source>(versions %1)</source>
        <translation>(versionerna %1)</translation>
    </message>
    <message>
        <source>(version %1)</source>
        <translation>(version %1)</translation>
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
    <name>QuestionForm</name>
    <message>
        <source>Texts in every language (* = needed)</source>
        <extracomment>The id changed: the list on the left shows it.</extracomment>
        <translation>Texter på alla språk (* = obligatorisk)</translation>
    </message>
    <message>
        <source>Question id</source>
        <translation>Frågans id</translation>
    </message>
    <message>
        <source>The id names the question in every export. Keep it when the meaning stays; give a new id when the meaning changes.</source>
        <translation>Id:t namnger frågan i alla exporter. Behåll det om frågans innebörd är densamma, och ge ett nytt id om innebörden ändras.</translation>
    </message>
    <message>
        <source>An answer is required</source>
        <translation>Svar krävs</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Visas</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Värde %1</translation>
    </message>
    <message>
        <source>Code of option %1</source>
        <translation>Kod för alternativ %1</translation>
    </message>
    <message>
        <source>Stored in the data for this option: letters, digits, _ . -</source>
        <translation>Det här sparas i data för alternativet: bokstäver, siffror eller _ . -</translation>
    </message>
    <message>
        <source>Remove option %1</source>
        <translation>Ta bort alternativ %1</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>Questions</source>
        <extracomment>The lowest row of a question (two lines and room to touch it), at 100 % text.</extracomment>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>Type of the new question</source>
        <translation>Typ av ny fråga</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Add a question of the chosen type</source>
        <translation>Lägg till en fråga av vald typ</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>%1 saknas</translation>
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
        <extracomment>Text told to screen readers: a new question&apos;s place and text, or a message.</extracomment>
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
    <name>QuestionPreview</name>
    <message>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Language of the preview</source>
        <translation>Förhandsvisningens språk</translation>
    </message>
    <message>
        <source>Texts missing in %1: the kiosk shows them in another language until they are written.</source>
        <translation>Texter saknas (%1): kiosken visar dem på ett annat språk tills de har skrivits.</translation>
    </message>
</context>
<context>
    <name>QuestionTexts</name>
    <message>
        <source>Point %1</source>
        <translation>Steg %1</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Alternativ %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Avsnittets rubrik</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Frågetext</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hjälptext</translation>
    </message>
    <message>
        <source>“Cannot say” answer</source>
        <translation>Svaret ”Kan inte säga”</translation>
    </message>
    <message>
        <source>Label of the lowest number</source>
        <translation>Etikett för det lägsta talet</translation>
    </message>
    <message>
        <source>Label of the highest number</source>
        <translation>Etikett för det högsta talet</translation>
    </message>
</context>
<context>
    <name>QuestionTypes</name>
    <message>
        <source>Agreement scale (likert)</source>
        <translation>Instämmandeskala (Likert)</translation>
    </message>
    <message>
        <source>Rating on a number scale</source>
        <translation>Bedömning på en sifferskala</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Ett alternativ</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Flerval</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Text answer</source>
        <translation>Textsvar</translation>
    </message>
    <message>
        <source>Note (text only, no answer)</source>
        <translation>Anteckning (endast text, inget svar)</translation>
    </message>
</context>
<context>
    <name>QuestionnaireEditor</name>
    <message>
        <source>Edit questionnaire</source>
        <translation>Redigera enkäten</translation>
    </message>
    <message>
        <source>Problems that keep the questionnaire from saving</source>
        <translation>Problem som hindrar att enkäten sparas</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Förhandsvisa…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Questionnaire %1, version %2</source>
        <translation>Enkät %1, version %2</translation>
    </message>
    <message>
        <source>Check %1: it seems to ask for something that identifies a participant (a name, contact details, an address). Responses are meant to be anonymous, so remove or reword it unless it is harmless.</source>
        <translation>Kontrollera %1: frågan verkar fråga efter något som kan identifiera en deltagare (namn, kontaktuppgifter eller adress). Svaren ska vara anonyma, så ta bort frågan eller formulera om den om den inte är harmlös.</translation>
    </message>
    <message>
        <source>Not saved: fix these problems first (click one to go to its question).</source>
        <translation>Inte sparad: rätta först till de här problemen (klicka på ett problem för att gå till frågan).</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The questionnaire has changes that are not saved. Save them?</source>
        <translation>Enkäten har ändringar som inte är sparade. Vill du spara dem?</translation>
    </message>
</context>
<context>
    <name>QuestionnaireFiles</name>
    <message>
        <source>Import a questionnaire</source>
        <translation>Importera en enkät</translation>
    </message>
    <message>
        <source>Questionnaires (*.xlsx *.json)</source>
        <translation>Enkäter (*.xlsx *.json)</translation>
    </message>
    <message>
        <source>The texts of %1 do not say their language. In which language are they written?</source>
        <translation>Texterna i %1 anger inte sitt språk. På vilket språk är de skrivna?</translation>
    </message>
    <message>
        <source>Imported %1, version %2.</source>
        <translation>Importerad: %1, version %2.</translation>
    </message>
    <message>
        <source>Replaced %1, version %2: no response referred to it yet.</source>
        <translation>Ersatt: %1, version %2. Den hade inga svar ännu.</translation>
    </message>
    <message>
        <source>Stored %1 as version %2: version %3 is in use by responses, so it stays unchanged.</source>
        <translation>%1 sparades som version %2: version %3 har redan svar, så den förblir oförändrad.</translation>
    </message>
    <message>
        <source>%1, version %2 is already stored exactly like this; nothing was imported.</source>
        <translation>%1, version %2 är redan sparad precis så här, så inget importerades.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) without responses use version %1 from now on.</source>
        <translation>
            <numerusform>%n utbildningstillfälle utan svar använder version %1 från och med nu.</numerusform>
            <numerusform>%n utbildningstillfällen utan svar använder version %1 från och med nu.</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON-fil (*.json)</translation>
    </message>
    <message>
        <source>XLSForm (*.xlsx)</source>
        <translation>XLSForm-formulär (*.xlsx)</translation>
    </message>
    <message>
        <source>Export a questionnaire</source>
        <translation>Exportera en enkät</translation>
    </message>
    <message>
        <source>Exported %1, version %2 as an XLSForm to %3.</source>
        <translation>%1, version %2 exporterad som XLSForm-formulär till %3.</translation>
    </message>
    <message>
        <source>Exported %1, version %2 to %3.</source>
        <translation>%1, version %2 exporterad till %3.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireListDialog</name>
    <message>
        <source>Questionnaires</source>
        <translation>Enkäter</translation>
    </message>
    <message>
        <source>A version that responses refer to never changes: editing it saves the next version. To make a questionnaire of your own, duplicate one and edit the copy.</source>
        <translation>En version som redan har svar ändras aldrig: dina ändringar sparas som nästa version. Vill du ha en egen enkät kopierar du en enkät och redigerar kopian.</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Kopiera…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Copied as %1, version 1. Choose Edit… to change it.</source>
        <translation>Kopierad som %1, version 1. Välj Redigera… för att ändra den.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireTableModel</name>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Svar</translation>
    </message>
</context>
<context>
    <name>RefusedFileDialog</name>
    <message>
        <source>Import a questionnaire</source>
        <translation>Importera en enkät</translation>
    </message>
    <message>
        <source>%1 cannot be imported, so nothing was stored. Change what is listed here in the file (each line names the sheet and row, or the place in the file) and import it again.</source>
        <translation>%1 kan inte importeras, så inget sparades. Ändra det som listas här i filen (varje rad anger blad och rad, eller platsen i filen) och importera den igen.</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problem i filen</translation>
    </message>
    <message>
        <source>not a valid questionnaire</source>
        <translation>ingen giltig enkät</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Export report</source>
        <translation>Exportera rapporten</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>PDF-rapporten skrivs…</translation>
    </message>
    <message>
        <source>The report was saved in %1 (%2 pages).</source>
        <translation>Rapporten sparades i %1 (%2 sidor).</translation>
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
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <source>Restoring replaces the database with a backup: the sessions and responses are then what they were when the backup was made. The current database is kept as a backup first, so a restore can be undone.</source>
        <translation>En återställning ersätter databasen med en säkerhetskopia: tillfällena och svaren blir då som de var när säkerhetskopian gjordes. Den nuvarande databasen sparas först som en säkerhetskopia, så en återställning kan göras ogjord.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Tillfällen</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>No backups in the data folder yet. Choose a backup file from elsewhere.</source>
        <translation>Det finns inga säkerhetskopior i databasens mapp ännu. Välj en säkerhetskopia från ett annat ställe.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Välj en fil…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Återställ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Välj en säkerhetskopia</translation>
    </message>
    <message>
        <source>Backups (*.db);;All files (*)</source>
        <translation>Säkerhetskopior (*.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Restore the backup of %1?</source>
        <translation>Vill du återställa säkerhetskopian från %1?</translation>
    </message>
    <message>
        <source>%1 (%2) holds %3.</source>
        <translation>%1 (%2) innehåller %3.</translation>
    </message>
    <message>
        <source>The sessions and responses stored now are replaced by those of the backup. The current database is kept as a backup, so that it can be restored again.</source>
        <translation>De tillfällen och svar som finns sparade nu ersätts av säkerhetskopians. Den nuvarande databasen sparas som en säkerhetskopia, så att den kan återställas igen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review results</source>
        <translation>Resultatgranskning</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Uppdateras…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Read the sessions and responses again</source>
        <translation>Läs in tillfällena och svaren på nytt</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportera rapporten…</translation>
    </message>
    <message>
        <source>Save what the filters select as a PDF report</source>
        <translation>Spara det som filtren väljer som en PDF-rapport</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Påståenden</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Jämförelse</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Utveckling</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>The results could not be computed: %1</source>
        <translation>Resultaten kunde inte beräknas: %1</translation>
    </message>
    <message>
        <source>Groups with fewer than %1 responses are withheld in every view: no average, share or comment of theirs is shown, only how many answered.</source>
        <translation>För grupper med färre än %1 svar visas i ingen vy något medelvärde, några andelar eller kommentarer – bara hur många som svarade.</translation>
    </message>
    <message>
        <source>No completed responses match these filters.</source>
        <translation>Inga färdiga svar motsvarar de här filtren.</translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <source>Section “%1”</source>
        <translation>Avsnittet ”%1”</translation>
    </message>
    <message>
        <source>The kiosk shows the section title above each of its questions. Move a question up or down past the section&apos;s edge to move it into the section before or after.</source>
        <translation>Kiosken visar avsnittets rubrik ovanför var och en av dess frågor. Flyttar du en fråga förbi avsnittets kant hamnar den i avsnittet före eller efter.</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Export responses</source>
        <translation>Exportera svaren</translation>
    </message>
    <message>
        <source>Save this session&apos;s responses as a CSV file or an Excel workbook</source>
        <translation>Spara svaren från den här utbildningen som en CSV-fil eller en Excel-arbetsbok</translation>
    </message>
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
    <message>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
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
        <source>From another laptop (%1)</source>
        <translation>Från en annan dator (%1)</translation>
    </message>
    <message>
        <source>fewer than %1 responses</source>
        <translation>färre än %1 svar</translation>
    </message>
    <message>
        <source>No completed responses yet: the results appear here as participants answer.</source>
        <translation>Inga färdiga svar ännu. Resultaten visas här allteftersom deltagarna svarar.</translation>
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
        <source>Questionnaire</source>
        <translation>Enkät</translation>
    </message>
    <message>
        <source>This session already has responses, so it keeps its questionnaire version: every response of a session answers the same questions.</source>
        <translation>Det här utbildningstillfället har redan svar, så enkätversionen behålls: alla svar från ett tillfälle gäller samma frågor.</translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation>%1 (%2, version %3)</translation>
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
    <name>SessionExporter</name>
    <message>
        <source>CSV for any spreadsheet (*.csv)</source>
        <translation>CSV, öppnas i alla kalkylprogram (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook with summary and chart (*.xlsx)</source>
        <translation>Excel-arbetsbok med sammanfattning och diagram (*.xlsx)</translation>
    </message>
    <message>
        <source>Export responses</source>
        <translation>Exportera svaren</translation>
    </message>
    <message>
        <source>Exporting responses…</source>
        <translation>Svaren exporteras…</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Exporten avbröts. Ingen fil sparades.</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) exported to %1.</source>
        <translation>
            <numerusform>%n svar exporterades till %1.</numerusform>
            <numerusform>%n svar exporterades till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The question texts and value labels are in %1.</source>
        <translation>Frågornas texter och svarsalternativens etiketter finns i %1.</translation>
    </message>
    <message>
        <source>The export failed: %1. Nothing was written; choose another folder or free some disk space, and try again.</source>
        <translation>Exporten misslyckades: %1. Ingenting sparades. Välj en annan mapp eller frigör diskutrymme och försök igen.</translation>
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
        <source>Kiosk and results</source>
        <translation>Kiosk och resultat</translation>
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
        <source>Hand-over and old responses</source>
        <translation>Överlämning och gamla svar</translation>
    </message>
    <message>
        <source>Project manager&apos;s key</source>
        <translation>Projektledarens nyckel</translation>
    </message>
    <message>
        <source>Old responses</source>
        <translation>Gamla svar</translation>
    </message>
    <message>
        <source>These screens</source>
        <translation>De här vyerna</translation>
    </message>
    <message>
        <source>Welcome screen</source>
        <translation>Välkomstsidan</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n månad</numerusform>
            <numerusform>%n månader</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand-overs are encrypted for this key (one line from the project manager, beginning with age1), so that only the project manager can open them. Empty: no encryption.</source>
        <translation>Resultat som lämnas över krypteras för den här nyckeln (en rad från projektledaren som börjar med age1), så att bara projektledaren kan öppna dem. Tomt: ingen kryptering.</translation>
    </message>
    <message>
        <source>This laptop&apos;s own key, for the trainers: %1</source>
        <translation>Den här datorns egen nyckel, att ge till utbildarna: %1</translation>
    </message>
    <message>
        <source>Delete responses automatically after</source>
        <translation>Radera svaren automatiskt efter</translation>
    </message>
    <message>
        <source>Counted from the day of the session. The deletion runs when the app starts and when a session is closed; the sessions stay, their responses go for good.</source>
        <translation>Tiden räknas från tillfällets datum. Raderingen körs när appen startar och när ett tillfälle stängs; tillfällena finns kvar, men deras svar raderas för gott.</translation>
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
        <extracomment>How long &quot;Are you still there?&quot; waits for a tap or a key: WCAG 2.2.1 asks for 20 s at least. Told to screen readers when the page shows.</extracomment>
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
    <name>TextGrid</name>
    <message>
        <source>Missing translation</source>
        <translation>Översättning saknas</translation>
    </message>
</context>
<context>
    <name>TextWidget</name>
    <message>
        <source>At most %1 characters.</source>
        <translation>Högst %1 tecken.</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 tecken</translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <source>Thank you for your feedback!</source>
        <extracomment>Told to screen readers when the page shows.</extracomment>
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
    <name>ToolsMenu</name>
    <message>
        <source>Menu</source>
        <translation>Meny</translation>
    </message>
</context>
<context>
    <name>TrainerHome</name>
    <message>
        <source>Training feedback</source>
        <extracomment>True while the app&apos;s start-up work (the day&apos;s backup) runs; set by the app.</extracomment>
        <translation>Utbildningsrespons</translation>
    </message>
    <message>
        <source>Hand over results…</source>
        <translation>Lämna över resultaten…</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Importera överföringsfiler…</translation>
    </message>
    <message>
        <source>Questionnaires…</source>
        <translation>Enkäter…</translation>
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
        <source>Review results…</source>
        <translation>Granska resultaten…</translation>
    </message>
    <message>
        <source>The results of every session: charts, comparisons, trends and comments</source>
        <translation>Resultaten från alla tillfällen: diagram, jämförelser, utveckling och kommentarer</translation>
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
        <source>This session came from another laptop: it is answered there</source>
        <translation>Det här tillfället kommer från en annan dator: svaren samlas in där</translation>
    </message>
    <message>
        <source>Start feedback: %1</source>
        <translation>Börja samla respons: %1</translation>
    </message>
    <message>
        <source>This session is closed: reopen it to collect feedback</source>
        <translation>Tillfället är stängt: öppna det igen för att samla respons</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nytt tillfälle</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Redigera tillfället</translation>
    </message>
    <message>
        <source>Closing the session and tidying the database…</source>
        <translation>Tillfället stängs och databasen städas…</translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <source>Item</source>
        <extracomment>More months than this get one rotated line each on the axis.</extracomment>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Medelvärde</translation>
    </message>
    <message>
        <source>Top 2 %</source>
        <translation>Två högsta, %</translation>
    </message>
    <message>
        <source>Trend by month</source>
        <translation>Utveckling per månad</translation>
    </message>
    <message>
        <source>The line shows each month with at least %1 responses; bars show n per month.</source>
        <translation>Linjen visar varje månad med minst %1 svar; staplarna visar antalet svar (n) per månad.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) with fewer responses are left out of the line.</source>
        <translation>
            <numerusform>%n månad med färre svar saknas i linjen.</numerusform>
            <numerusform>%n månader med färre svar saknas i linjen.</numerusform>
        </translation>
    </message>
    <message>
        <source>withheld: fewer than %1 responses</source>
        <translation>visas inte: färre än %1 svar</translation>
    </message>
</context>
<context>
    <name>TypeSettings</name>
    <message>
        <source>Number of points</source>
        <translation>Antal steg</translation>
    </message>
    <message>
        <source>Number of the first point</source>
        <translation>Första stegets nummer</translation>
    </message>
    <message>
        <source>Lowest number</source>
        <translation>Lägsta tal</translation>
    </message>
    <message>
        <source>Highest number</source>
        <translation>Högsta tal</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Lägg till ett alternativ</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Smallest number</source>
        <translation>Minsta tillåtna tal</translation>
    </message>
    <message>
        <source>Largest number</source>
        <translation>Största tillåtna tal</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen gräns</translation>
    </message>
    <message>
        <source>Whole numbers only</source>
        <translation>Endast heltal</translation>
    </message>
    <message>
        <source>Short (one line)</source>
        <translation>Kort (en rad)</translation>
    </message>
    <message>
        <source>Long (several lines)</source>
        <translation>Lång (flera rader)</translation>
    </message>
    <message>
        <source>Answer box</source>
        <translation>Svarsruta</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> tecken</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>Maximal längd</translation>
    </message>
    <message>
        <source>A note only shows its text (and help text); it takes no answer.</source>
        <translation>En anteckning visar bara sin text (och hjälptext); den tar inget svar.</translation>
    </message>
    <message>
        <source>Offer a “cannot say” answer</source>
        <translation>Erbjud svaret ”Kan inte säga”</translation>
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
    <message>
        <source>Feedback cannot be saved on this computer right now. Please tell the trainer.</source>
        <translation>Responsen kan inte sparas på den här datorn just nu. Säg till utbildaren.</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Större text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
    <message>
        <source>The organisation&apos;s logo</source>
        <translation>Organisationens logotyp</translation>
    </message>
</context>
</TS>
