<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppController</name>
    <message>
        <source>Training %1</source>
        <translation>Training %1</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>Police officers</source>
        <translation>Police officers</translation>
    </message>
    <message>
        <source>Border guards</source>
        <translation>Border guards</translation>
    </message>
    <message>
        <source>Police students</source>
        <translation>Police students</translation>
    </message>
    <message>
        <source>Border guard students</source>
        <translation>Border guard students</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ChoiceListWidget</name>
    <message>
        <source>Choose all that apply.</source>
        <translation>Choose all that apply.</translation>
    </message>
</context>
<context>
    <name>NumberWidget</name>
    <message>
        <source>A whole number from %1 to %2</source>
        <translation>A whole number from %1 to %2</translation>
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation>A number from %1 to %2</translation>
    </message>
    <message>
        <source>A whole number</source>
        <translation>A whole number</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>A number</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Trainer PIN</source>
        <translation>Trainer PIN</translation>
    </message>
    <message>
        <source>Enter the trainer PIN.</source>
        <translation>Enter the trainer PIN.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>PinTexts</name>
    <message numerus="yes">
        <source>Wrong PIN. %n try/tries left before a pause.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left before a pause.</numerusform>
            <numerusform>Wrong PIN. %n tries left before a pause.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong tries. Try again in %n second.</numerusform>
            <numerusform>Too many wrong tries. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>A PIN is 4 to 12 digits.</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Please answer this question before you continue.</source>
        <translation>Please answer this question before you continue.</translation>
    </message>
    <message>
        <source>Please give a number from %1 to %2.</source>
        <translation>Please give a number from %1 to %2.</translation>
    </message>
    <message>
        <source>Please give a whole number.</source>
        <translation>Please give a whole number.</translation>
    </message>
    <message>
        <source>Your answer is too long: at most %1 characters.</source>
        <translation>Your answer is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translation>Please choose one of the options.</translation>
    </message>
    <message>
        <source>Please give a number.</source>
        <translation>Please give a number.</translation>
    </message>
</context>
<context>
    <name>RespondentFlow</name>
    <message>
        <source>This training session has been closed. Please tell the trainer.</source>
        <translation>This training session has been closed. Please tell the trainer.</translation>
    </message>
    <message>
        <source>Your answers could not be saved. Please tell the trainer. Your answers are still here, and you can try again.</source>
        <translation>Your answers could not be saved. Please tell the trainer. Your answers are still here, and you can try again.</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Top 2</source>
        <translation>Top 2</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Share of answers in the two highest points of the scale</source>
        <translation>Share of answers in the two highest points of the scale</translation>
    </message>
    <message numerus="yes">
        <source>%n completed response(s)</source>
        <translation>
            <numerusform>%n completed response</numerusform>
            <numerusform>%n completed responses</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 expected)</source>
        <translation>(%1 expected)</translation>
    </message>
    <message>
        <source>Trainers: %1</source>
        <translation>Trainers: %1</translation>
    </message>
    <message>
        <source>Closed: accepts no responses</source>
        <translation>Closed: accepts no responses</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>fewer than %1 responses</source>
        <translation>fewer than %1 responses</translation>
    </message>
    <message>
        <source>Results count completed responses only. Below %1 responses no percentage or average is shown, to protect the participants&apos; anonymity.</source>
        <translation>Results count completed responses only. Below %1 responses no percentage or average is shown, to protect the participants&apos; anonymity.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit session</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>e.g. Identifying victims of trafficking</source>
        <translation>e.g. Identifying victims of trafficking</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Names of the trainers, separated by commas</source>
        <translation>Names of the trainers, separated by commas</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <source>Kiosk language</source>
        <translation>Kiosk language</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Expected participants</translation>
    </message>
    <message>
        <source>Give the training a title.</source>
        <translation>Give the training a title.</translation>
    </message>
    <message>
        <source>Write the date as dd.mm.yyyy, e.g. 28.11.2026.</source>
        <translation>Write the date as dd.mm.yyyy, e.g. 28.11.2026.</translation>
    </message>
    <message>
        <source>Choose an audience from the list.</source>
        <translation>Choose an audience from the list.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Choose a language from the list.</translation>
    </message>
    <message>
        <source>Give a number from 1 to 10000, or leave it empty.</source>
        <translation>Give a number from 1 to 10000, or leave it empty.</translation>
    </message>
    <message>
        <source>This is too long: at most 200 characters.</source>
        <translation>This is too long: at most 200 characters.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>Change the trainer PIN</source>
        <translation>Change the trainer PIN</translation>
    </message>
    <message>
        <source>Set a trainer PIN</source>
        <translation>Set a trainer PIN</translation>
    </message>
    <message>
        <source>The PIN keeps participants from leaving the kiosk or seeing the trainer&apos;s screens. Choose 4 to 12 digits you will remember; if you forget it, &apos;feedback-app pin reset&apos; removes it and keeps all data.</source>
        <translation>The PIN keeps participants from leaving the kiosk or seeing the trainer&apos;s screens. Choose 4 to 12 digits you will remember; if you forget it, &apos;feedback-app pin reset&apos; removes it and keeps all data.</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <source>The two new PINs differ. Type the same PIN twice.</source>
        <translation>The two new PINs differ. Type the same PIN twice.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Discard them</translation>
    </message>
    <message>
        <source>Keep them, marked unfinished</source>
        <translation>Keep them, marked unfinished</translation>
    </message>
    <message>
        <source>Thank-you screen shows for</source>
        <translation>Thank-you screen shows for</translation>
    </message>
    <message>
        <source>Idle question page asks &quot;Are you still there?&quot; after</source>
        <translation>Idle question page asks &quot;Are you still there?&quot; after</translation>
    </message>
    <message>
        <source>Unfinished responses of participants who walk away</source>
        <translation>Unfinished responses of participants who walk away</translation>
    </message>
    <message>
        <source>Minimum group size for results</source>
        <translation>Minimum group size for results</translation>
    </message>
    <message>
        <source>Organisations (one per line)</source>
        <translation>Organisations (one per line)</translation>
    </message>
    <message>
        <source>Below the minimum group size no average, distribution or percentage is shown for a group; unfinished responses never count in results.</source>
        <translation>Below the minimum group size no average, distribution or percentage is shown for a group; unfinished responses never count in results.</translation>
    </message>
</context>
<context>
    <name>StillTherePage</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Yes, continue</translation>
    </message>
    <message numerus="yes">
        <source>The questionnaire starts over in %n second(s).</source>
        <translation>
            <numerusform>The questionnaire starts over in %n second.</numerusform>
            <numerusform>The questionnaire starts over in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextWidget</name>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <source>Thank you for your feedback!</source>
        <translation>Thank you for your feedback!</translation>
    </message>
    <message>
        <source>Your answers have been saved.</source>
        <translation>Your answers have been saved.</translation>
    </message>
    <message>
        <source>Next participant</source>
        <translation>Next participant</translation>
    </message>
    <message numerus="yes">
        <source>The next participant can begin in %n second(s).</source>
        <translation>
            <numerusform>The next participant can begin in %n second.</numerusform>
            <numerusform>The next participant can begin in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainerHome</name>
    <message>
        <source>Training feedback</source>
        <translation>Training feedback</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Set a trainer PIN: you need it to leave the kiosk, and it keeps participants away from these screens.</source>
        <translation>Set a trainer PIN: you need it to leave the kiosk, and it keeps participants away from these screens.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation>Change PIN…</translation>
    </message>
    <message>
        <source>Set PIN…</source>
        <translation>Set PIN…</translation>
    </message>
    <message>
        <source>Start feedback</source>
        <translation>Start feedback</translation>
    </message>
    <message>
        <source>Reopen session</source>
        <translation>Reopen session</translation>
    </message>
    <message>
        <source>Close session</source>
        <translation>Close session</translation>
    </message>
    <message>
        <source>Start feedback: %1</source>
        <translation>Start feedback: %1</translation>
    </message>
    <message>
        <source>This session is closed: reopen it to collect feedback</source>
        <translation>This session is closed: reopen it to collect feedback</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Please tell us what you thought of the training.</source>
        <translation>Please tell us what you thought of the training.</translation>
    </message>
    <message>
        <source>Your answers are anonymous.</source>
        <translation>Your answers are anonymous.</translation>
    </message>
    <message>
        <source>Start in English</source>
        <translation>Start in English</translation>
    </message>
</context>
</TS>
