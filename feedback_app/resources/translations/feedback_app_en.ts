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
    <name>StartWindow</name>
    <message>
        <source>Training feedback</source>
        <translation>Training feedback</translation>
    </message>
    <message>
        <source>At the end of the training, participants answer an anonymous questionnaire on this computer, one after another.</source>
        <translation>At the end of the training, participants answer an anonymous questionnaire on this computer, one after another.</translation>
    </message>
    <message>
        <source>Today's session</source>
        <translation>Today's session</translation>
    </message>
    <message>
        <source>Start feedback</source>
        <translation>Start feedback</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) so far</source>
        <translation><numerusform>%n response so far</numerusform><numerusform>%n responses so far</numerusform></translation>
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
        <translation><numerusform>The next participant can begin in %n second.</numerusform><numerusform>The next participant can begin in %n seconds.</numerusform></translation>
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