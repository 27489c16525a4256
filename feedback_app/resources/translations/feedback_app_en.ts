<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessibilityGroup</name>
    <message>
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>High contrast (black on white)</source>
        <translation>High contrast (black on white)</translation>
    </message>
    <message>
        <source>For every screen, the kiosk&apos;s too. A participant can also choose larger text or high contrast on the kiosk&apos;s welcome screen, for their own answers.</source>
        <translation>For every screen, the kiosk&apos;s too. A participant can also choose larger text or high contrast on the kiosk&apos;s welcome screen, for their own answers.</translation>
    </message>
</context>
<context>
    <name>AnswerWidget</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Training %1</source>
        <extracomment>Names a file: the app writes its first frame there and ends (scripts/build_app.py&apos;s check).</extracomment>
        <translation>Training %1</translation>
    </message>
    <message>
        <source>The daily backup or the automatic deletion did not run: %1</source>
        <translation>The daily backup or the automatic deletion did not run: %1</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Daily backup</translation>
    </message>
    <message>
        <source>Feedback cannot start</source>
        <translation>Feedback cannot start</translation>
    </message>
    <message>
        <source>The newest good backup is %1. Restore it now?</source>
        <translation>The newest good backup is %1. Restore it now?</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <source>%1 was restored: %2 responses of %3 sessions. The damaged database is kept as %4.</source>
        <translation>%1 was restored: %2 responses of %3 sessions. The damaged database is kept as %4.</translation>
    </message>
    <message>
        <source>The app is already running with the data folder %1. Switch to that window, or close it first.</source>
        <translation>The app is already running with the data folder %1. Switch to that window, or close it first.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Training feedback</source>
        <translation>Training feedback</translation>
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
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <extracomment>The background of an entry the chain shows to have been changed or put in.</extracomment>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>What has been done with the data on this laptop, newest first. The log holds no responses and nothing about the participants. Each entry is linked to the one before it, so an entry changed or deleted outside the app shows here.</source>
        <translation>What has been done with the data on this laptop, newest first. The log holds no responses and nothing about the participants. Each entry is linked to the one before it, so an entry changed or deleted outside the app shows here.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <source>PIN set</source>
        <extracomment>Details that say nothing to a reader (ids and hashes kept for matching records). The order details are told in (the log stores them by name); the rest follow.</extracomment>
        <translation>PIN set</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>PIN changed</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN reset</translation>
    </message>
    <message>
        <source>Session created</source>
        <translation>Session created</translation>
    </message>
    <message>
        <source>Session edited</source>
        <translation>Session edited</translation>
    </message>
    <message>
        <source>Session closed</source>
        <translation>Session closed</translation>
    </message>
    <message>
        <source>Session reopened</source>
        <translation>Session reopened</translation>
    </message>
    <message>
        <source>Session deleted</source>
        <translation>Session deleted</translation>
    </message>
    <message>
        <source>Responses exported</source>
        <translation>Responses exported</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <source>Results handed over</source>
        <translation>Results handed over</translation>
    </message>
    <message>
        <source>Results imported</source>
        <translation>Results imported</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Restored from a backup</translation>
    </message>
    <message>
        <source>Responses deleted</source>
        <translation>Responses deleted</translation>
    </message>
    <message>
        <source>Automatic deletion changed</source>
        <translation>Automatic deletion changed</translation>
    </message>
    <message>
        <source>Questionnaire imported</source>
        <translation>Questionnaire imported</translation>
    </message>
    <message>
        <source>Questionnaire saved</source>
        <translation>Questionnaire saved</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>the details cannot be read</source>
        <translation>the details cannot be read</translation>
    </message>
    <message>
        <source>held on %1</source>
        <translation>held on %1</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>nothing changed</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>changed: %1</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>as %1</translation>
    </message>
    <message>
        <source>from the file %1</source>
        <translation>from the file %1</translation>
    </message>
    <message>
        <source>there was no database to keep</source>
        <translation>there was no database to keep</translation>
    </message>
    <message>
        <source>the replaced database kept as %1</source>
        <translation>the replaced database kept as %1</translation>
    </message>
    <message>
        <source>from the laptop %1</source>
        <translation>from the laptop %1</translation>
    </message>
    <message>
        <source>sessions held before %1</source>
        <translation>sessions held before %1</translation>
    </message>
    <message>
        <source>backup made just before: %1</source>
        <translation>backup made just before: %1</translation>
    </message>
    <message>
        <source>questionnaire version %1</source>
        <translation>questionnaire version %1</translation>
    </message>
    <message>
        <source>a new questionnaire</source>
        <translation>a new questionnaire</translation>
    </message>
    <message>
        <source>a new version</source>
        <translation>a new version</translation>
    </message>
    <message>
        <source>the version replaced</source>
        <translation>the version replaced</translation>
    </message>
    <message>
        <source>responses are deleted only on request</source>
        <translation>responses are deleted only on request</translation>
    </message>
    <message numerus="yes">
        <source>responses deleted after %n month(s)</source>
        <translation>
            <numerusform>responses deleted after %n month</numerusform>
            <numerusform>responses deleted after %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>not encrypted</translation>
    </message>
    <message>
        <source>everything not handed over yet</source>
        <translation>everything not handed over yet</translation>
    </message>
    <message>
        <source>automatically, past the retention period</source>
        <translation>automatically, past the retention period</translation>
    </message>
    <message>
        <source>with comments</source>
        <translation>with comments</translation>
    </message>
    <message>
        <source>without comments</source>
        <translation>without comments</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n completed</numerusform>
            <numerusform>%n completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished</source>
        <translation>
            <numerusform>%n unfinished</numerusform>
            <numerusform>%n unfinished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n new session</numerusform>
            <numerusform>%n new sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated session(s)</source>
        <translation>
            <numerusform>%n updated session</numerusform>
            <numerusform>%n updated sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new response(s)</source>
        <translation>
            <numerusform>%n new response</numerusform>
            <numerusform>%n new responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n already here</numerusform>
            <numerusform>%n already here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting record(s) left as they were</source>
        <translation>
            <numerusform>%n conflicting record left as it was</numerusform>
            <numerusform>%n conflicting records left as they were</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) moved to it</source>
        <translation>
            <numerusform>%n session moved to it</numerusform>
            <numerusform>%n sessions moved to it</numerusform>
        </translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>audience</translation>
    </message>
    <message>
        <source>location</source>
        <translation>location</translation>
    </message>
    <message>
        <source>trainers</source>
        <translation>trainers</translation>
    </message>
    <message>
        <source>kiosk language</source>
        <translation>kiosk language</translation>
    </message>
    <message>
        <source>expected participants</source>
        <translation>expected participants</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>questionnaire</translation>
    </message>
    <message>
        <source>The log is empty: nothing has been recorded yet.</source>
        <translation>The log is empty: nothing has been recorded yet.</translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %n entries.</source>
        <translation>
            <numerusform>The log is intact: %n entry.</numerusform>
            <numerusform>The log is intact: %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log has been changed outside the app: the entries below no longer match what was recorded.</source>
        <translation>The log has been changed outside the app: the entries below no longer match what was recorded.</translation>
    </message>
    <message>
        <source>Entry %1 has been changed.</source>
        <translation>Entry %1 has been changed.</translation>
    </message>
    <message>
        <source>Entry %1 has been deleted.</source>
        <translation>Entry %1 has been deleted.</translation>
    </message>
    <message>
        <source>Entries %1–%2 have been deleted.</source>
        <translation>Entries %1–%2 have been deleted.</translation>
    </message>
    <message>
        <source>Entry %1 has been inserted.</source>
        <translation>Entry %1 has been inserted.</translation>
    </message>
    <message>
        <source>An entry before entry %1 has been deleted.</source>
        <translation>An entry before entry %1 has been deleted.</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BrandingGroup</name>
    <message>
        <source>Branding</source>
        <translation>Branding</translation>
    </message>
    <message>
        <source>Organisation&apos;s title on the kiosk</source>
        <translation>Organisation&apos;s title on the kiosk</translation>
    </message>
    <message>
        <source>e.g. Police University College</source>
        <translation>e.g. Police University College</translation>
    </message>
    <message>
        <source>The logo</source>
        <translation>The logo</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Shown above the welcome text on the kiosk: a PNG, JPG or SVG file, kept at most 512 pixels on its longer side.</source>
        <translation>Shown above the welcome text on the kiosk: a PNG, JPG or SVG file, kept at most 512 pixels on its longer side.</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>%1 is too large for a logo: choose a picture file of at most %2 MB.</source>
        <translation>%1 is too large for a logo: choose a picture file of at most %2 MB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: check that the file is still there.</source>
        <translation>%1 cannot be read: check that the file is still there.</translation>
    </message>
    <message>
        <source>%1 is not a picture: choose a PNG, JPG or SVG file.</source>
        <translation>%1 is not a picture: choose a PNG, JPG or SVG file.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import bundles</source>
        <translation>Import bundles</translation>
    </message>
    <message>
        <source>Add the files the trainers handed over, or drag them here. Each file is checked first and shows what it would add; nothing is imported before you press Import.</source>
        <translation>Add the files the trainers handed over, or drag them here. Each file is checked first and shows what it would add; nothing is imported before you press Import.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Type the passphrase…</source>
        <translation>Type the passphrase…</translation>
    </message>
    <message>
        <source>Also import bundles with conflicts, leaving those records as they are here</source>
        <translation>Also import bundles with conflicts, leaving those records as they are here</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Results files (*.fbundle);;All files (*)</source>
        <translation>Results files (*.fbundle);;All files (*)</translation>
    </message>
    <message>
        <source>Nothing more was imported: %1</source>
        <translation>Nothing more was imported: %1</translation>
    </message>
</context>
<context>
    <name>BundleTable</name>
    <message>
        <source>Files to import</source>
        <extracomment>The file column&apos;s width at first, in pixels at 100 % text (the trainer can widen it). The status column&apos;s narrowest, in average characters: past that the table scrolls sideways.</extracomment>
        <translation>Files to import</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>New sessions</source>
        <translation>New sessions</translation>
    </message>
    <message>
        <source>New responses</source>
        <translation>New responses</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Already here</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
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
        <translation>Importing %1 (file %2 of %3)…</translation>
    </message>
    <message>
        <source>The file is no longer there. Add it again from where it is now.</source>
        <translation>The file is no longer there. Add it again from where it is now.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1). Check that it is still there and that you may read it.</source>
        <translation>The file cannot be read (%1). Check that it is still there and that you may read it.</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <source>(+%1 updated)</source>
        <translation>(+%1 updated)</translation>
    </message>
    <message>
        <source>Waiting to be checked</source>
        <translation>Waiting to be checked</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Checking… %1 %</source>
        <translation>Checking… %1 %</translation>
    </message>
    <message>
        <source>Ready to import; the conflicting records stay as they are here.</source>
        <translation>Ready to import; the conflicting records stay as they are here.</translation>
    </message>
    <message>
        <source>Has records that differ from those stored here: imported only with the box below ticked.</source>
        <translation>Has records that differ from those stored here: imported only with the box below ticked.</translation>
    </message>
    <message>
        <source>Nothing new: all of it is here already.</source>
        <translation>Nothing new: all of it is here already.</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Ready to import</translation>
    </message>
    <message>
        <source>Nothing new: all of it was here already.</source>
        <translation>Nothing new: all of it was here already.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>the conflicting records stay as they are here</source>
        <translation>the conflicting records stay as they are here</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) already here in a later edit</source>
        <translation>
            <numerusform>%n session already here in a later edit</numerusform>
            <numerusform>%n sessions already here in a later edit</numerusform>
        </translation>
    </message>
    <message>
        <source>No files yet: add the files the trainers handed over.</source>
        <translation>No files yet: add the files the trainers handed over.</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Checking the files…</translation>
    </message>
    <message>
        <source>Nothing to import yet: tick the box above to import the files with conflicts.</source>
        <translation>Nothing to import yet: tick the box above to import the files with conflicts.</translation>
    </message>
    <message>
        <source>Nothing to import: add more files.</source>
        <translation>Nothing to import: add more files.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import from %n file(s): %1.</source>
        <translation>
            <numerusform>Ready to import from %n file: %1.</numerusform>
            <numerusform>Ready to import from %n files: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported from %n file(s): %1.</source>
        <translation>
            <numerusform>Imported from %n file: %1.</numerusform>
            <numerusform>Imported from %n files: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new was imported.</source>
        <translation>Nothing new was imported.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) held nothing new.</source>
        <translation>
            <numerusform>%n file held nothing new.</numerusform>
            <numerusform>%n files held nothing new.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused: the list says why.</source>
        <translation>
            <numerusform>%n file refused: the list says why.</numerusform>
            <numerusform>%n files refused: the list says why.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files not marked imported were left out.</source>
        <translation>Cancelled: the files not marked imported were left out.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n new session</numerusform>
            <numerusform>%n new sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new response(s)</source>
        <translation>
            <numerusform>%n new response</numerusform>
            <numerusform>%n new responses</numerusform>
        </translation>
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
    <name>CommentsBrowser</name>
    <message>
        <source>Search the comments</source>
        <extracomment>How long typing may pause before the search runs.</extracomment>
        <translation>Search the comments</translation>
    </message>
    <message>
        <source>Search the comments…</source>
        <translation>Search the comments…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Another sample</source>
        <translation>Another sample</translation>
    </message>
    <message>
        <source>Draw the comments again, in a new random order</source>
        <translation>Draw the comments again, in a new random order</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>All questions</translation>
    </message>
    <message>
        <source>The comments are withheld: the selection has fewer than %1 responses, and a comment is a participant&apos;s own words.</source>
        <translation>The comments are withheld: the selection has fewer than %1 responses, and a comment is a participant&apos;s own words.</translation>
    </message>
    <message>
        <source>No comment contains “%1”.</source>
        <translation>No comment contains “%1”.</translation>
    </message>
    <message>
        <source>No comments in this selection.</source>
        <translation>No comments in this selection.</translation>
    </message>
    <message>
        <source>%1 of %2 comments, a random sample in random order.</source>
        <translation>%1 of %2 comments, a random sample in random order.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s), in random order.</source>
        <translation>
            <numerusform>%n comment, in random order.</numerusform>
            <numerusform>%n comments, in random order.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Mean</source>
        <comment>short heading of a column</comment>
        <extracomment>The header&apos;s top part: the item&apos;s text spanning its columns. Lines of an item&apos;s text over its columns.</extracomment>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Top 2</source>
        <comment>short heading of a column</comment>
        <translation>Top 2</translation>
    </message>
    <message>
        <source>Mean of the answers on the scale</source>
        <translation>Mean of the answers on the scale</translation>
    </message>
    <message>
        <source>Share of answers in the two highest points of the scale</source>
        <translation>Share of answers in the two highest points of the scale</translation>
    </message>
    <message>
        <source>Answers on the scale (without “cannot say”)</source>
        <translation>Answers on the scale (without “cannot say”)</translation>
    </message>
    <message>
        <source>Withheld: fewer than %1 responses</source>
        <translation>Withheld: fewer than %1 responses</translation>
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
        <translation>Audience</translation>
    </message>
    <message>
        <source>Compare by</source>
        <translation>Compare by</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>“–”: a group with fewer than %1 responses, withheld. Click a heading to sort.</source>
        <translation>“–”: a group with fewer than %1 responses, withheld. Click a heading to sort.</translation>
    </message>
    <message>
        <source>(no audience)</source>
        <translation>(no audience)</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(no organisation)</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <source>Backups and data…</source>
        <translation>Backups and data…</translation>
    </message>
    <message>
        <source>Back up the database, restore a backup, delete responses, see the log</source>
        <translation>Back up the database, restore a backup, delete responses, see the log</translation>
    </message>
    <message>
        <source>Back up to…</source>
        <translation>Back up to…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Delete responses…</source>
        <translation>Delete responses…</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <source>Backups (*.db)</source>
        <translation>Backups (*.db)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Writing the backup…</translation>
    </message>
    <message>
        <source>Backed up: %1.</source>
        <translation>Backed up: %1.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Restoring the backup and checking it…</source>
        <translation>Restoring the backup and checking it…</translation>
    </message>
    <message>
        <source>Restored %1: %2.</source>
        <translation>Restored %1: %2.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as the backup %1 in the data folder.</source>
        <translation>The database it replaced is kept as the backup %1 in the data folder.</translation>
    </message>
    <message>
        <source>There was no database to keep.</source>
        <translation>There was no database to keep.</translation>
    </message>
    <message>
        <source>Delete responses</source>
        <translation>Delete responses</translation>
    </message>
    <message>
        <source>Deleting the responses and rewriting the database…</source>
        <translation>Deleting the responses and rewriting the database…</translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation>Deleted: %1.</translation>
    </message>
    <message>
        <source>The backup made just before, %1, is kept for %2 days.</source>
        <translation>The backup made just before, %1, is kept for %2 days.</translation>
    </message>
    <message numerus="yes">
        <source>They were also removed from %n other backup(s) in the data folder.</source>
        <translation>
            <numerusform>They were also removed from %n other backup in the data folder.</numerusform>
            <numerusform>They were also removed from %n other backups in the data folder.</numerusform>
        </translation>
    </message>
    <message>
        <source>These backups could not be rewritten and still hold the deleted responses: %1. Delete them from the data folder&apos;s backups folder, or try again.</source>
        <translation>These backups could not be rewritten and still hold the deleted responses: %1. Delete them from the data folder&apos;s backups folder, or try again.</translation>
    </message>
    <message>
        <source>A backup, a restore or a deletion is still running.</source>
        <translation>A backup, a restore or a deletion is still running.</translation>
    </message>
    <message>
        <source>A session is still being closed.</source>
        <translation>A session is still being closed.</translation>
    </message>
    <message>
        <source>The daily backup is still being written.</source>
        <translation>The daily backup is still being written.</translation>
    </message>
    <message>
        <source>Responses are still being exported.</source>
        <translation>Responses are still being exported.</translation>
    </message>
    <message>
        <source>A report is still being written.</source>
        <translation>A report is still being written.</translation>
    </message>
    <message>
        <source>Wait until it has finished, then try again.</source>
        <translation>Wait until it has finished, then try again.</translation>
    </message>
</context>
<context>
    <name>DataTexts</name>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s)</source>
        <translation>
            <numerusform>%1 of %n session</numerusform>
            <numerusform>%1 of %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>When the app started</source>
        <translation>When the app started</translation>
    </message>
    <message>
        <source>When a session was closed</source>
        <translation>When a session was closed</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <source>Before responses were deleted</source>
        <translation>Before responses were deleted</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Replaced by a restore</translation>
    </message>
    <message>
        <source>Before an update of the app</source>
        <translation>Before an update of the app</translation>
    </message>
    <message>
        <source>A damaged database, kept as it was</source>
        <translation>A damaged database, kept as it was</translation>
    </message>
    <message>
        <source>A file from elsewhere</source>
        <translation>A file from elsewhere</translation>
    </message>
    <message>
        <source>Not a backup</source>
        <translation>Not a backup</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>From a newer version</source>
        <translation>From a newer version</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Cannot be read</translation>
    </message>
    <message>
        <source>Cannot be restored</source>
        <translation>Cannot be restored</translation>
    </message>
    <message>
        <source>Cannot be restored: not a backup of this app</source>
        <translation>Cannot be restored: not a backup of this app</translation>
    </message>
    <message>
        <source>Cannot be restored: the file is damaged</source>
        <translation>Cannot be restored: the file is damaged</translation>
    </message>
    <message>
        <source>Cannot be restored: made by a newer version of the app</source>
        <translation>Cannot be restored: made by a newer version of the app</translation>
    </message>
    <message>
        <source>Cannot be restored: the file cannot be read</source>
        <translation>Cannot be restored: the file cannot be read</translation>
    </message>
</context>
<context>
    <name>DeleteResponsesDialog</name>
    <message>
        <source>Delete responses</source>
        <translation>Delete responses</translation>
    </message>
    <message>
        <source>Which responses do you want to delete for good?</source>
        <translation>Which responses do you want to delete for good?</translation>
    </message>
    <message>
        <source>no session selected</source>
        <translation>no session selected</translation>
    </message>
    <message>
        <source>The responses of the selected session (%1)</source>
        <translation>The responses of the selected session (%1)</translation>
    </message>
    <message>
        <source>The sessions stay, with their titles, dates and other details; only their responses go. The deleted answers are removed from the database file and from the backups in the data folder. A backup made just before the deletion is kept for %1 days, in case the deletion was a mistake, and then removed. Copies elsewhere, such as exports, hand-overs and backups on a USB stick, are not changed.</source>
        <translation>The sessions stay, with their titles, dates and other details; only their responses go. The deleted answers are removed from the database file and from the backups in the data folder. A backup made just before the deletion is kept for %1 days, in case the deletion was a mistake, and then removed. Copies elsewhere, such as exports, hand-overs and backups on a USB stick, are not changed.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>The responses of sessions held more than %n month(s) ago</source>
        <translation>
            <numerusform>The responses of sessions held more than %n month ago</numerusform>
            <numerusform>The responses of sessions held more than %n months ago</numerusform>
        </translation>
    </message>
    <message>
        <source>These are the sessions held before %1.</source>
        <translation>These are the sessions held before %1.</translation>
    </message>
    <message>
        <source>The selected session has no responses: there is nothing to delete.</source>
        <translation>The selected session has no responses: there is nothing to delete.</translation>
    </message>
    <message>
        <source>No session that old has responses: there is nothing to delete.</source>
        <translation>No session that old has responses: there is nothing to delete.</translation>
    </message>
    <message numerus="yes">
        <source>This deletes %n response(s)</source>
        <translation>
            <numerusform>This deletes %n response</numerusform>
            <numerusform>This deletes %n responses</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 completed, %2 unfinished)</source>
        <translation>(%1 completed, %2 unfinished)</translation>
    </message>
    <message numerus="yes">
        <source>of %n session(s).</source>
        <translation>
            <numerusform>of %n session.</numerusform>
            <numerusform>of %n sessions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete these responses for good?</source>
        <translation>Delete these responses for good?</translation>
    </message>
    <message>
        <source>After %1 days they cannot be brought back.</source>
        <translation>After %1 days they cannot be brought back.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>DivergingChart</name>
    <message>
        <source>Agreement by item</source>
        <extracomment>Where the &quot;cannot say&quot; column starts, past the 100 % of agreement.</extracomment>
        <translation>Agreement by item</translation>
    </message>
    <message>
        <source>fewer than %1 responses</source>
        <translation>fewer than %1 responses</translation>
    </message>
    <message>
        <source>cannot say: %1</source>
        <translation>cannot say: %1</translation>
    </message>
    <message>
        <source>Withheld: fewer than %1 responses</source>
        <translation>Withheld: fewer than %1 responses</translation>
    </message>
    <message>
        <source>Cannot say: %1 of %2 responses (%3)</source>
        <translation>Cannot say: %1 of %2 responses (%3)</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 of %4)</translation>
    </message>
    <message>
        <source>Cannot say</source>
        <translation>Cannot say</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Duplicate questionnaire</source>
        <translation>Duplicate questionnaire</translation>
    </message>
    <message>
        <source>The copy starts as version 1 of a new questionnaire, with every question of “%1” version %2. The original stays as it is.</source>
        <translation>The copy starts as version 1 of a new questionnaire, with every question of “%1” version %2. The original stays as it is.</translation>
    </message>
    <message>
        <source>Id of the copy</source>
        <translation>Id of the copy</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Give an id of letters, digits, _ . or -, starting with a letter (at most 64 characters), e.g. border-course-2026.</source>
        <translation>Give an id of letters, digits, _ . or -, starting with a letter (at most 64 characters), e.g. border-course-2026.</translation>
    </message>
    <message>
        <source>A questionnaire with this id exists already: choose another.</source>
        <translation>A questionnaire with this id exists already: choose another.</translation>
    </message>
    <message>
        <source>Give the title in every language.</source>
        <translation>Give the title in every language.</translation>
    </message>
</context>
<context>
    <name>EditorLabels</name>
    <message>
        <source>Always shown.</source>
        <translation>Always shown.</translation>
    </message>
    <message>
        <source>Shown only when the answer to “%1” is %2.</source>
        <translation>Shown only when the answer to “%1” is %2.</translation>
    </message>
    <message>
        <source>Shown only when the answer to “%1” is one of %2.</source>
        <translation>Shown only when the answer to “%1” is one of %2.</translation>
    </message>
    <message>
        <source>Shown unless the answer to “%1” is %2.</source>
        <translation>Shown unless the answer to “%1” is %2.</translation>
    </message>
    <message>
        <source>Shown unless the answer to “%1” is one of %2.</source>
        <translation>Shown unless the answer to “%1” is one of %2.</translation>
    </message>
    <message>
        <source>Shown only when the answer to “%1” is at least %2.</source>
        <translation>Shown only when the answer to “%1” is at least %2.</translation>
    </message>
    <message>
        <source>Shown only when the answer to “%1” is at most %2.</source>
        <translation>Shown only when the answer to “%1” is at most %2.</translation>
    </message>
    <message>
        <source>Version %1 is already used by responses, so this was saved as version %2. Sessions that already collected answers keep version %1.</source>
        <translation>Version %1 is already used by responses, so this was saved as version %2. Sessions that already collected answers keep version %1.</translation>
    </message>
    <message>
        <source>Sessions without answers now use version %2 (%3).</source>
        <translation>Sessions without answers now use version %2 (%3).</translation>
    </message>
    <message>
        <source>Nothing to save: version %1 is stored exactly like this.</source>
        <translation>Nothing to save: version %1 is stored exactly like this.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Saved as version %1.</translation>
    </message>
    <message>
        <source>Every text is given in every language.</source>
        <translation>Every text is given in every language.</translation>
    </message>
    <message>
        <source>Missing translations: %1 (highlighted)</source>
        <translation>Missing translations: %1 (highlighted)</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>The disk is full. Free some space and try again.</translation>
    </message>
    <message>
        <source>The database is in use by another program. Close that program and try again.</source>
        <translation>The database is in use by another program. Close that program and try again.</translation>
    </message>
    <message>
        <source>The data folder is read-only. Check its permissions, or start the app with another data folder.</source>
        <translation>The data folder is read-only. Check its permissions, or start the app with another data folder.</translation>
    </message>
    <message>
        <source>The database file is damaged, so nothing was written to it. Restore it from a backup, or start the app with another data folder.</source>
        <translation>The database file is damaged, so nothing was written to it. Restore it from a backup, or start the app with another data folder.</translation>
    </message>
    <message>
        <source>The database cannot be opened. Check that the data folder exists and that you may write in it.</source>
        <translation>The database cannot be opened. Check that the data folder exists and that you may write in it.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of the app. Install that version to open it; this one leaves the file as it is.</source>
        <translation>This database was written by a newer version of the app. Install that version to open it; this one leaves the file as it is.</translation>
    </message>
    <message>
        <source>This session is closed and accepts no more responses. Reopen it first.</source>
        <translation>This session is closed and accepts no more responses. Reopen it first.</translation>
    </message>
    <message>
        <source>It is no longer there: it may have been removed meanwhile. Refresh and try again.</source>
        <translation>It is no longer there: it may have been removed meanwhile. Refresh and try again.</translation>
    </message>
    <message>
        <source>This session already has responses, so it keeps the questionnaire version they were given.</source>
        <translation>This session already has responses, so it keeps the questionnaire version they were given.</translation>
    </message>
    <message>
        <source>Some values are not acceptable. Check them and try again.</source>
        <translation>Some values are not acceptable. Check them and try again.</translation>
    </message>
    <message>
        <source>This session was created on another laptop: it is edited, closed and answered there, and its results come here in the files handed over from that laptop.</source>
        <translation>This session was created on another laptop: it is edited, closed and answered there, and its results come here in the files handed over from that laptop.</translation>
    </message>
    <message>
        <source>The database file is missing or empty, although this data folder has held data. Restore it from a backup; no new, empty database was made in its place.</source>
        <translation>The database file is missing or empty, although this data folder has held data. Restore it from a backup; no new, empty database was made in its place.</translation>
    </message>
    <message>
        <source>This file is not a database of this app, so nothing was written to it. Move it away, or start the app with another data folder.</source>
        <translation>This file is not a database of this app, so nothing was written to it. Move it away, or start the app with another data folder.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>The database reported an error: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>This is not a results file (.fbundle) of this app. Choose the file that the trainer handed over.</source>
        <translation>This is not a results file (.fbundle) of this app. Choose the file that the trainer handed over.</translation>
    </message>
    <message>
        <source>The file is cut short, perhaps an incomplete copy. Copy it again, or ask the trainer to hand the results over again.</source>
        <translation>The file is cut short, perhaps an incomplete copy. Copy it again, or ask the trainer to hand the results over again.</translation>
    </message>
    <message>
        <source>The file is damaged: its content has changed since it was saved. Copy it again, or ask the trainer to hand the results over again.</source>
        <translation>The file is damaged: its content has changed since it was saved. Copy it again, or ask the trainer to hand the results over again.</translation>
    </message>
    <message>
        <source>The file was saved by a newer version of the app. Update the app on this laptop, then import the file again.</source>
        <translation>The file was saved by a newer version of the app. Update the app on this laptop, then import the file again.</translation>
    </message>
    <message>
        <source>The file holds something other than valid results of this app, so nothing of it was imported. Ask the trainer to hand the results over again.</source>
        <translation>The file holds something other than valid results of this app, so nothing of it was imported. Ask the trainer to hand the results over again.</translation>
    </message>
    <message>
        <source>The file is encrypted: it opens only with the passphrase of the project manager&apos;s key. Press “Type the passphrase…” and type it.</source>
        <translation>The file is encrypted: it opens only with the passphrase of the project manager&apos;s key. Press “Type the passphrase…” and type it.</translation>
    </message>
    <message>
        <source>The file holds records that differ from those stored here, so nothing of it was imported. To import the rest and leave those records as they are here, tick the box for bundles with conflicts and import again.</source>
        <translation>The file holds records that differ from those stored here, so nothing of it was imported. To import the rest and leave those records as they are here, tick the box for bundles with conflicts and import again.</translation>
    </message>
    <message>
        <source>This file is not a backup of this app. Choose a backup file (.db) that the app wrote.</source>
        <translation>This file is not a backup of this app. Choose a backup file (.db) that the app wrote.</translation>
    </message>
    <message>
        <source>The backup is damaged, so it cannot be restored. Choose another backup; nothing was changed.</source>
        <translation>The backup is damaged, so it cannot be restored. Choose another backup; nothing was changed.</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of the app. Update the app on this laptop, then restore it.</source>
        <translation>The backup was made by a newer version of the app. Update the app on this laptop, then restore it.</translation>
    </message>
    <message>
        <source>The backup cannot be read. Check that the file is still there and that you may read it.</source>
        <translation>The backup cannot be read. Check that the file is still there and that you may read it.</translation>
    </message>
    <message>
        <source>The app is open with this data folder in another window or in the kiosk. Close it first, then restore; nothing was changed.</source>
        <translation>The app is open with this data folder in another window or in the kiosk. Close it first, then restore; nothing was changed.</translation>
    </message>
    <message>
        <source>The file could not be written, and nothing was changed.</source>
        <translation>The file could not be written, and nothing was changed.</translation>
    </message>
    <message>
        <source>Check that there is free space and that you may write there.</source>
        <translation>Check that there is free space and that you may write there.</translation>
    </message>
    <message>
        <source>%1 is inside the app&apos;s data folder, which holds the database. Choose a file elsewhere.</source>
        <translation>%1 is inside the app&apos;s data folder, which holds the database. Choose a file elsewhere.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name.</source>
        <translation>%1 is a folder. Give a file name.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file. Give a file name.</source>
        <translation>%1 is not an ordinary file. Give a file name.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another one.</source>
        <translation>The folder %1 does not exist. Create it or choose another one.</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another name.</source>
        <translation>%1 exists already. Choose another name.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. Choose another folder.</source>
        <translation>The folder %1 is read-only. Choose another folder.</translation>
    </message>
    <message>
        <source>There are no responses to export, so nothing was written.</source>
        <translation>There are no responses to export, so nothing was written.</translation>
    </message>
    <message>
        <source>%1 is an old .xls file. Open it in Excel, save it as .xlsx and import that file.</source>
        <translation>%1 is an old .xls file. Open it in Excel, save it as .xlsx and import that file.</translation>
    </message>
    <message>
        <source>%1 is not a questionnaire file. Choose a .json file of this app or an XLSForm (.xlsx).</source>
        <translation>%1 is not a questionnaire file. Choose a .json file of this app or an XLSForm (.xlsx).</translation>
    </message>
    <message>
        <source>%1 is no longer there. Choose the file again.</source>
        <translation>%1 is no longer there. Choose the file again.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file. Choose a .json or .xlsx file.</source>
        <translation>%1 is not an ordinary file. Choose a .json or .xlsx file.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it as UTF-8 in your text editor and try again.</source>
        <translation>%1 is not UTF-8 text. Save it as UTF-8 in your text editor and try again.</translation>
    </message>
    <message>
        <source>The questionnaire cannot be written as an XLSForm, so no file was written. Export it as JSON, or change what is listed here:</source>
        <translation>The questionnaire cannot be written as an XLSForm, so no file was written. Export it as JSON, or change what is listed here:</translation>
    </message>
    <message>
        <source>The file is encrypted but cannot be read; it may be cut short. Copy it again.</source>
        <translation>The file is encrypted but cannot be read; it may be cut short. Copy it again.</translation>
    </message>
    <message>
        <source>The file is encrypted for the project manager, and this laptop has no project manager&apos;s key to open it. Import it on the project manager&apos;s laptop.</source>
        <translation>The file is encrypted for the project manager, and this laptop has no project manager&apos;s key to open it. Import it on the project manager&apos;s laptop.</translation>
    </message>
    <message>
        <source>The file is encrypted for another project manager&apos;s key, not for the one on this laptop. Ask the trainer to check the key in Settings and hand the results over again.</source>
        <translation>The file is encrypted for another project manager&apos;s key, not for the one on this laptop. Ask the trainer to check the key in Settings and hand the results over again.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, so the key was not opened. Type it again.</source>
        <translation>The passphrase is wrong, so the key was not opened. Type it again.</translation>
    </message>
    <message>
        <source>This laptop already has a project manager&apos;s key. It is not replaced: the files encrypted for it would no longer open.</source>
        <translation>This laptop already has a project manager&apos;s key. It is not replaced: the files encrypted for it would no longer open.</translation>
    </message>
    <message>
        <source>That is not a project manager&apos;s public key. The key is one line that begins with age1; copy the whole line from the project manager.</source>
        <translation>That is not a project manager&apos;s public key. The key is one line that begins with age1; copy the whole line from the project manager.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 8 characters.</source>
        <translation>The passphrase is too short: use at least 8 characters.</translation>
    </message>
    <message>
        <source>There is nothing to hand over: everything has been handed over already, or the chosen sessions are no longer here. No file was written.</source>
        <translation>There is nothing to hand over: everything has been handed over already, or the chosen sessions are no longer here. No file was written.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>The file cannot be imported: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>All</source>
        <comment>a filter that limits nothing: every organisation, session, ...</comment>
        <translation>All</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
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
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Answer language</source>
        <translation>Answer language</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <source>Laptop %1</source>
        <translation>Laptop %1</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over results</source>
        <extracomment>How long the choice rests before it is counted again (a few ticks in a row count once).</extracomment>
        <translation>Hand over results</translation>
    </message>
    <message>
        <source>Save the sessions and their responses in one file for the project manager, who imports the files of every trainer. Give the file to the project manager, for example on a USB stick.</source>
        <translation>Save the sessions and their responses in one file for the project manager, who imports the files of every trainer. Give the file to the project manager, for example on a USB stick.</translation>
    </message>
    <message>
        <source>Everything not handed over yet</source>
        <translation>Everything not handed over yet</translation>
    </message>
    <message>
        <source>New sessions and responses, and the sessions edited since the last hand-over.</source>
        <translation>New sessions and responses, and the sessions edited since the last hand-over.</translation>
    </message>
    <message>
        <source>Chosen sessions</source>
        <translation>Chosen sessions</translation>
    </message>
    <message>
        <source>Sessions to hand over</source>
        <translation>Sessions to hand over</translation>
    </message>
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
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>From another laptop (%1)</source>
        <translation>From another laptop (%1)</translation>
    </message>
    <message>
        <source>Encrypted for the project manager: only their key opens the file.</source>
        <translation>Encrypted for the project manager: only their key opens the file.</translation>
    </message>
    <message>
        <source>Not encrypted: the project manager&apos;s key is not set in Settings.</source>
        <translation>Not encrypted: the project manager&apos;s key is not set in Settings.</translation>
    </message>
    <message>
        <source>Tick the sessions to hand over.</source>
        <translation>Tick the sessions to hand over.</translation>
    </message>
    <message>
        <source>Counting what goes in the file…</source>
        <translation>Counting what goes in the file…</translation>
    </message>
    <message>
        <source>Nothing to hand over: everything has been handed over already.</source>
        <translation>Nothing to hand over: everything has been handed over already.</translation>
    </message>
    <message>
        <source>The chosen sessions are no longer here.</source>
        <translation>The chosen sessions are no longer here.</translation>
    </message>
    <message>
        <source>In the file: %1.</source>
        <translation>In the file: %1.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message>
        <source>Results files (*.fbundle)</source>
        <translation>Results files (*.fbundle)</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another name.</source>
        <translation>%1 exists already. Choose another name.</translation>
    </message>
    <message>
        <source>Writing the file for the project manager…</source>
        <translation>Writing the file for the project manager…</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Cancelled. No file was written.</translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation>Saved in %1.</translation>
    </message>
    <message>
        <source>The file holds %1.</source>
        <translation>The file holds %1.</translation>
    </message>
    <message>
        <source>It is encrypted for the project manager.</source>
        <translation>It is encrypted for the project manager.</translation>
    </message>
    <message>
        <source>It is not encrypted.</source>
        <translation>It is not encrypted.</translation>
    </message>
    <message>
        <source>Give the file to the project manager.</source>
        <translation>Give the file to the project manager.</translation>
    </message>
</context>
<context>
    <name>HeadlineFigures</name>
    <message>
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Response rate</translation>
    </message>
    <message>
        <source>None of the selected sessions says how many participants it expected.</source>
        <translation>None of the selected sessions says how many participants it expected.</translation>
    </message>
    <message>
        <source>%1 responses from %2 expected participants, in the selected sessions that say how many they expected</source>
        <translation>%1 responses from %2 expected participants, in the selected sessions that say how many they expected</translation>
    </message>
</context>
<context>
    <name>HeadlineSentences</name>
    <message>
        <source>%1 of respondents agreed with %2 (n = %3).</source>
        <extracomment>Quotation marks: Finnish and Swedish use ” on both sides.</extracomment>
        <translation>%1 of respondents agreed with %2 (n = %3).</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Import a questionnaire</source>
        <translation>Import a questionnaire</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Questionnaire %1, version %2</source>
        <translation>Questionnaire %1, version %2</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Languages: %1</translation>
    </message>
    <message>
        <source>Left out or assumed when the XLSForm was read:</source>
        <translation>Left out or assumed when the XLSForm was read:</translation>
    </message>
    <message>
        <source>Import stores it beside the questionnaires already here. A version that responses refer to never changes: the file is then stored as the next version.</source>
        <translation>Import stores it beside the questionnaires already here. A version that responses refer to never changes: the file is then stored as the next version.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Check %1: it seems to ask for something that identifies a participant (a name, contact details, an address). Responses are meant to be anonymous, so remove or reword it after importing unless it is harmless.</source>
        <translation>Check %1: it seems to ask for something that identifies a participant (a name, contact details, an address). Responses are meant to be anonymous, so remove or reword it after importing unless it is harmless.</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Language of these screens</source>
        <translation>Language of these screens</translation>
    </message>
    <message>
        <source>The computer&apos;s language (%1)</source>
        <translation>The computer&apos;s language (%1)</translation>
    </message>
    <message>
        <source>The kiosk asks each participant for their language on its welcome screen.</source>
        <translation>The kiosk asks each participant for their language on its welcome screen.</translation>
    </message>
</context>
<context>
    <name>LaptopFilter</name>
    <message>
        <source>Sessions from</source>
        <extracomment>How many organisations a laptop&apos;s entry names before &quot;…&quot;.</extracomment>
        <translation>Sessions from</translation>
    </message>
    <message>
        <source>All laptops</source>
        <translation>All laptops</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <source>Laptop %1</source>
        <translation>Laptop %1</translation>
    </message>
</context>
<context>
    <name>MultiChoice</name>
    <message>
        <source>Find…</source>
        <extracomment>The widest a button grows; a longer name is cut short with &quot;…&quot;.</extracomment>
        <translation>Find…</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform>
            <numerusform>%n chosen</numerusform>
        </translation>
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
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are encrypted for the project manager. Type the passphrase of the project manager&apos;s key to open them.</source>
        <translation>
            <numerusform>%n file is encrypted for the project manager. Type the passphrase of the project manager&apos;s key to open it.</numerusform>
            <numerusform>%n files are encrypted for the project manager. Type the passphrase of the project manager&apos;s key to open them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Type the passphrase.</translation>
    </message>
    <message>
        <source>Opening the key…</source>
        <translation>Opening the key…</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Training feedback report</source>
        <translation>Training feedback report</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>The comments as the participants wrote them, in random order.</source>
        <translation>The comments as the participants wrote them, in random order.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Responses included</source>
        <translation>Responses included</translation>
    </message>
    <message>
        <source>All completed responses</source>
        <translation>All completed responses</translation>
    </message>
    <message>
        <source>About the numbers</source>
        <translation>About the numbers</translation>
    </message>
    <message>
        <source>Only completed responses are counted. Groups with fewer than %1 responses are withheld: no average, share or comment is shown for them, only the number of responses, so that no participant can be recognised.</source>
        <translation>Only completed responses are counted. Groups with fewer than %1 responses are withheld: no average, share or comment is shown for them, only the number of responses, so that no participant can be recognised.</translation>
    </message>
    <message>
        <source>The comments are included.</source>
        <translation>The comments are included.</translation>
    </message>
    <message>
        <source>The comments are not included.</source>
        <translation>The comments are not included.</translation>
    </message>
    <message>
        <source>Report made on %1.</source>
        <translation>Report made on %1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>The selection has fewer than %1 responses, so no average or share is shown.</source>
        <translation>The selection has fewer than %1 responses, so no average or share is shown.</translation>
    </message>
    <message>
        <source>Main findings</source>
        <translation>Main findings</translation>
    </message>
    <message>
        <source>Agreement with the statements</source>
        <translation>Agreement with the statements</translation>
    </message>
    <message>
        <source>Shares of the answers on the scale, in percent; disagreement left of the centre line, agreement right of it, the middle point across it. The answers “cannot say” are counted apart, on the right.</source>
        <translation>Shares of the answers on the scale, in percent; disagreement left of the centre line, agreement right of it, the middle point across it. The answers “cannot say” are counted apart, on the right.</translation>
    </message>
    <message>
        <source>Cannot say</source>
        <translation>Cannot say</translation>
    </message>
    <message>
        <source>no answers on the scale</source>
        <translation>no answers on the scale</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Response rate</translation>
    </message>
    <message>
        <source>%1 of %2 expected participants</source>
        <translation>%1 of %2 expected participants</translation>
    </message>
    <message>
        <source>Results per question</source>
        <translation>Results per question</translation>
    </message>
    <message>
        <source>Distribution of the answers</source>
        <translation>Distribution of the answers</translation>
    </message>
    <message>
        <source>Share of n at each point of the scale; “cannot say” as a count.</source>
        <translation>Share of n at each point of the scale; “cannot say” as a count.</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Comparisons</translation>
    </message>
    <message>
        <source>Each cell is the top-2 share: the share of the answers in the two highest points of the scale. The columns are the questions numbered as in “Results per question”. A grey cell is withheld: fewer than %1 responses.</source>
        <translation>Each cell is the top-2 share: the share of the answers in the two highest points of the scale. The columns are the questions numbered as in “Results per question”. A grey cell is withheld: fewer than %1 responses.</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>By organisation</translation>
    </message>
    <message>
        <source>By audience</source>
        <translation>By audience</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>withheld: fewer than %1 responses</source>
        <extracomment>At most this many question columns side by side in a comparison; more make a second table. A distribution of more scale points than this shows whole percents, to keep to the page.</extracomment>
        <translation>withheld: fewer than %1 responses</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
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
        <translation>Top 2</translation>
    </message>
    <message>
        <source>95 % CI</source>
        <translation>95 % CI</translation>
    </message>
    <message>
        <source>Bottom 2</source>
        <translation>Bottom 2</translation>
    </message>
    <message>
        <source>n: answers on the scale, without “cannot say” and unanswered. Top 2 and bottom 2: the share of n in the two highest and the two lowest points of the scale; 95 % CI: the interval that holds the top-2 share of all such participants with 95 % confidence.</source>
        <translation>n: answers on the scale, without “cannot say” and unanswered. Top 2 and bottom 2: the share of n in the two highest and the two lowest points of the scale; 95 % CI: the interval that holds the top-2 share of all such participants with 95 % confidence.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>n = %1; shares are of n.</source>
        <translation>n = %1; shares are of n.</translation>
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
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>No comments.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Session dates</source>
        <translation>Session dates</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Sessions chosen</source>
        <translation>Sessions chosen</translation>
    </message>
    <message>
        <source>Organisations chosen</source>
        <translation>Organisations chosen</translation>
    </message>
    <message>
        <source>Audiences chosen</source>
        <translation>Audiences chosen</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Answer languages</source>
        <translation>Answer languages</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Laptops</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>this laptop</translation>
    </message>
    <message>
        <source>laptop %1</source>
        <translation>laptop %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>(versions %1)</source>
        <translation>(versions %1)</translation>
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
    <name>QuestionForm</name>
    <message>
        <source>Texts in every language (* = needed)</source>
        <extracomment>The id changed: the list on the left shows it.</extracomment>
        <translation>Texts in every language (* = needed)</translation>
    </message>
    <message>
        <source>Question id</source>
        <translation>Question id</translation>
    </message>
    <message>
        <source>The id names the question in every export. Keep it when the meaning stays; give a new id when the meaning changes.</source>
        <translation>The id names the question in every export. Keep it when the meaning stays; give a new id when the meaning changes.</translation>
    </message>
    <message>
        <source>An answer is required</source>
        <translation>An answer is required</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Shown</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Value %1</translation>
    </message>
    <message>
        <source>Code of option %1</source>
        <translation>Code of option %1</translation>
    </message>
    <message>
        <source>Stored in the data for this option: letters, digits, _ . -</source>
        <translation>Stored in the data for this option: letters, digits, _ . -</translation>
    </message>
    <message>
        <source>Remove option %1</source>
        <translation>Remove option %1</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>Questions</source>
        <extracomment>The lowest row of a question (two lines and room to touch it), at 100 % text.</extracomment>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Type of the new question</source>
        <translation>Type of the new question</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add a question of the chosen type</source>
        <translation>Add a question of the chosen type</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>%1 missing</translation>
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
        <extracomment>Text told to screen readers: a new question&apos;s place and text, or a message.</extracomment>
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
    <name>QuestionPreview</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Language of the preview</source>
        <translation>Language of the preview</translation>
    </message>
    <message>
        <source>Texts missing in %1: the kiosk shows them in another language until they are written.</source>
        <translation>Texts missing in %1: the kiosk shows them in another language until they are written.</translation>
    </message>
</context>
<context>
    <name>QuestionTexts</name>
    <message>
        <source>Point %1</source>
        <translation>Point %1</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Section title</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Question text</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Help text</translation>
    </message>
    <message>
        <source>“Cannot say” answer</source>
        <translation>“Cannot say” answer</translation>
    </message>
    <message>
        <source>Label of the lowest number</source>
        <translation>Label of the lowest number</translation>
    </message>
    <message>
        <source>Label of the highest number</source>
        <translation>Label of the highest number</translation>
    </message>
</context>
<context>
    <name>QuestionTypes</name>
    <message>
        <source>Agreement scale (likert)</source>
        <translation>Agreement scale (likert)</translation>
    </message>
    <message>
        <source>Rating on a number scale</source>
        <translation>Rating on a number scale</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Multiple choice</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Text answer</source>
        <translation>Text answer</translation>
    </message>
    <message>
        <source>Note (text only, no answer)</source>
        <translation>Note (text only, no answer)</translation>
    </message>
</context>
<context>
    <name>QuestionnaireEditor</name>
    <message>
        <source>Edit questionnaire</source>
        <translation>Edit questionnaire</translation>
    </message>
    <message>
        <source>Problems that keep the questionnaire from saving</source>
        <translation>Problems that keep the questionnaire from saving</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Questionnaire %1, version %2</source>
        <translation>Questionnaire %1, version %2</translation>
    </message>
    <message>
        <source>Check %1: it seems to ask for something that identifies a participant (a name, contact details, an address). Responses are meant to be anonymous, so remove or reword it unless it is harmless.</source>
        <translation>Check %1: it seems to ask for something that identifies a participant (a name, contact details, an address). Responses are meant to be anonymous, so remove or reword it unless it is harmless.</translation>
    </message>
    <message>
        <source>Not saved: fix these problems first (click one to go to its question).</source>
        <translation>Not saved: fix these problems first (click one to go to its question).</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The questionnaire has changes that are not saved. Save them?</source>
        <translation>The questionnaire has changes that are not saved. Save them?</translation>
    </message>
</context>
<context>
    <name>QuestionnaireFiles</name>
    <message>
        <source>Import a questionnaire</source>
        <translation>Import a questionnaire</translation>
    </message>
    <message>
        <source>Questionnaires (*.xlsx *.json)</source>
        <translation>Questionnaires (*.xlsx *.json)</translation>
    </message>
    <message>
        <source>The texts of %1 do not say their language. In which language are they written?</source>
        <translation>The texts of %1 do not say their language. In which language are they written?</translation>
    </message>
    <message>
        <source>Imported %1, version %2.</source>
        <translation>Imported %1, version %2.</translation>
    </message>
    <message>
        <source>Replaced %1, version %2: no response referred to it yet.</source>
        <translation>Replaced %1, version %2: no response referred to it yet.</translation>
    </message>
    <message>
        <source>Stored %1 as version %2: version %3 is in use by responses, so it stays unchanged.</source>
        <translation>Stored %1 as version %2: version %3 is in use by responses, so it stays unchanged.</translation>
    </message>
    <message>
        <source>%1, version %2 is already stored exactly like this; nothing was imported.</source>
        <translation>%1, version %2 is already stored exactly like this; nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) without responses use version %1 from now on.</source>
        <translation>
            <numerusform>%n session without responses uses version %1 from now on.</numerusform>
            <numerusform>%n sessions without responses use version %1 from now on.</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>XLSForm (*.xlsx)</source>
        <translation>XLSForm (*.xlsx)</translation>
    </message>
    <message>
        <source>Export a questionnaire</source>
        <translation>Export a questionnaire</translation>
    </message>
    <message>
        <source>Exported %1, version %2 as an XLSForm to %3.</source>
        <translation>Exported %1, version %2 as an XLSForm to %3.</translation>
    </message>
    <message>
        <source>Exported %1, version %2 to %3.</source>
        <translation>Exported %1, version %2 to %3.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireListDialog</name>
    <message>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>A version that responses refer to never changes: editing it saves the next version. To make a questionnaire of your own, duplicate one and edit the copy.</source>
        <translation>A version that responses refer to never changes: editing it saves the next version. To make a questionnaire of your own, duplicate one and edit the copy.</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplicate…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Copied as %1, version 1. Choose Edit… to change it.</source>
        <translation>Copied as %1, version 1. Choose Edit… to change it.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireTableModel</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
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
        <translation>Responses</translation>
    </message>
</context>
<context>
    <name>RefusedFileDialog</name>
    <message>
        <source>Import a questionnaire</source>
        <translation>Import a questionnaire</translation>
    </message>
    <message>
        <source>%1 cannot be imported, so nothing was stored. Change what is listed here in the file (each line names the sheet and row, or the place in the file) and import it again.</source>
        <translation>%1 cannot be imported, so nothing was stored. Change what is listed here in the file (each line names the sheet and row, or the place in the file) and import it again.</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problems in the file</translation>
    </message>
    <message>
        <source>not a valid questionnaire</source>
        <translation>not a valid questionnaire</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>Writing the PDF report…</translation>
    </message>
    <message>
        <source>The report was saved in %1 (%2 pages).</source>
        <translation>The report was saved in %1 (%2 pages).</translation>
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
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Restoring replaces the database with a backup: the sessions and responses are then what they were when the backup was made. The current database is kept as a backup first, so a restore can be undone.</source>
        <translation>Restoring replaces the database with a backup: the sessions and responses are then what they were when the backup was made. The current database is kept as a backup first, so a restore can be undone.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>No backups in the data folder yet. Choose a backup file from elsewhere.</source>
        <translation>No backups in the data folder yet. Choose a backup file from elsewhere.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Backups (*.db);;All files (*)</source>
        <translation>Backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Restore the backup of %1?</source>
        <translation>Restore the backup of %1?</translation>
    </message>
    <message>
        <source>%1 (%2) holds %3.</source>
        <translation>%1 (%2) holds %3.</translation>
    </message>
    <message>
        <source>The sessions and responses stored now are replaced by those of the backup. The current database is kept as a backup, so that it can be restored again.</source>
        <translation>The sessions and responses stored now are replaced by those of the backup. The current database is kept as a backup, so that it can be restored again.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review results</source>
        <translation>Review results</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read the sessions and responses again</source>
        <translation>Read the sessions and responses again</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <source>Save what the filters select as a PDF report</source>
        <translation>Save what the filters select as a PDF report</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>The results could not be computed: %1</source>
        <translation>The results could not be computed: %1</translation>
    </message>
    <message>
        <source>Groups with fewer than %1 responses are withheld in every view: no average, share or comment of theirs is shown, only how many answered.</source>
        <translation>Groups with fewer than %1 responses are withheld in every view: no average, share or comment of theirs is shown, only how many answered.</translation>
    </message>
    <message>
        <source>No completed responses match these filters.</source>
        <translation>No completed responses match these filters.</translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <source>Section “%1”</source>
        <translation>Section “%1”</translation>
    </message>
    <message>
        <source>The kiosk shows the section title above each of its questions. Move a question up or down past the section&apos;s edge to move it into the section before or after.</source>
        <translation>The kiosk shows the section title above each of its questions. Move a question up or down past the section&apos;s edge to move it into the section before or after.</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export responses</source>
        <translation>Export responses</translation>
    </message>
    <message>
        <source>Save this session&apos;s responses as a CSV file or an Excel workbook</source>
        <translation>Save this session&apos;s responses as a CSV file or an Excel workbook</translation>
    </message>
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
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
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
        <source>From another laptop (%1)</source>
        <translation>From another laptop (%1)</translation>
    </message>
    <message>
        <source>fewer than %1 responses</source>
        <translation>fewer than %1 responses</translation>
    </message>
    <message>
        <source>No completed responses yet: the results appear here as participants answer.</source>
        <translation>No completed responses yet: the results appear here as participants answer.</translation>
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
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>This session already has responses, so it keeps its questionnaire version: every response of a session answers the same questions.</source>
        <translation>This session already has responses, so it keeps its questionnaire version: every response of a session answers the same questions.</translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation>%1 (%2, version %3)</translation>
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
    <name>SessionExporter</name>
    <message>
        <source>CSV for any spreadsheet (*.csv)</source>
        <translation>CSV for any spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook with summary and chart (*.xlsx)</source>
        <translation>Excel workbook with summary and chart (*.xlsx)</translation>
    </message>
    <message>
        <source>Export responses</source>
        <translation>Export responses</translation>
    </message>
    <message>
        <source>Exporting responses…</source>
        <translation>Exporting responses…</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Export cancelled. No file was written.</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) exported to %1.</source>
        <translation>
            <numerusform>%n response exported to %1.</numerusform>
            <numerusform>%n responses exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The question texts and value labels are in %1.</source>
        <translation>The question texts and value labels are in %1.</translation>
    </message>
    <message>
        <source>The export failed: %1. Nothing was written; choose another folder or free some disk space, and try again.</source>
        <translation>The export failed: %1. Nothing was written; choose another folder or free some disk space, and try again.</translation>
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
        <source>Kiosk and results</source>
        <translation>Kiosk and results</translation>
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
        <source>Hand-over and old responses</source>
        <translation>Hand-over and old responses</translation>
    </message>
    <message>
        <source>Project manager&apos;s key</source>
        <translation>Project manager&apos;s key</translation>
    </message>
    <message>
        <source>Old responses</source>
        <translation>Old responses</translation>
    </message>
    <message>
        <source>These screens</source>
        <translation>These screens</translation>
    </message>
    <message>
        <source>Welcome screen</source>
        <translation>Welcome screen</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand-overs are encrypted for this key (one line from the project manager, beginning with age1), so that only the project manager can open them. Empty: no encryption.</source>
        <translation>Hand-overs are encrypted for this key (one line from the project manager, beginning with age1), so that only the project manager can open them. Empty: no encryption.</translation>
    </message>
    <message>
        <source>This laptop&apos;s own key, for the trainers: %1</source>
        <translation>This laptop&apos;s own key, for the trainers: %1</translation>
    </message>
    <message>
        <source>Delete responses automatically after</source>
        <translation>Delete responses automatically after</translation>
    </message>
    <message>
        <source>Counted from the day of the session. The deletion runs when the app starts and when a session is closed; the sessions stay, their responses go for good.</source>
        <translation>Counted from the day of the session. The deletion runs when the app starts and when a session is closed; the sessions stay, their responses go for good.</translation>
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
        <extracomment>How long &quot;Are you still there?&quot; waits for a tap or a key: WCAG 2.2.1 asks for 20 s at least. Told to screen readers when the page shows.</extracomment>
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
    <name>TextGrid</name>
    <message>
        <source>Missing translation</source>
        <translation>Missing translation</translation>
    </message>
</context>
<context>
    <name>TextWidget</name>
    <message>
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <source>Thank you for your feedback!</source>
        <extracomment>Told to screen readers when the page shows.</extracomment>
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
    <name>ToolsMenu</name>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
</context>
<context>
    <name>TrainerHome</name>
    <message>
        <source>Training feedback</source>
        <extracomment>True while the app&apos;s start-up work (the day&apos;s backup) runs; set by the app.</extracomment>
        <translation>Training feedback</translation>
    </message>
    <message>
        <source>Hand over results…</source>
        <translation>Hand over results…</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Import bundles…</translation>
    </message>
    <message>
        <source>Questionnaires…</source>
        <translation>Questionnaires…</translation>
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
        <source>Review results…</source>
        <translation>Review results…</translation>
    </message>
    <message>
        <source>The results of every session: charts, comparisons, trends and comments</source>
        <translation>The results of every session: charts, comparisons, trends and comments</translation>
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
        <source>This session came from another laptop: it is answered there</source>
        <translation>This session came from another laptop: it is answered there</translation>
    </message>
    <message>
        <source>Start feedback: %1</source>
        <translation>Start feedback: %1</translation>
    </message>
    <message>
        <source>This session is closed: reopen it to collect feedback</source>
        <translation>This session is closed: reopen it to collect feedback</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <source>Closing the session and tidying the database…</source>
        <translation>Closing the session and tidying the database…</translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <source>Item</source>
        <extracomment>More months than this get one rotated line each on the axis.</extracomment>
        <translation>Item</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Top 2 %</source>
        <translation>Top 2 %</translation>
    </message>
    <message>
        <source>Trend by month</source>
        <translation>Trend by month</translation>
    </message>
    <message>
        <source>The line shows each month with at least %1 responses; bars show n per month.</source>
        <translation>The line shows each month with at least %1 responses; bars show n per month.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) with fewer responses are left out of the line.</source>
        <translation>
            <numerusform>%n month with fewer responses is left out of the line.</numerusform>
            <numerusform>%n months with fewer responses are left out of the line.</numerusform>
        </translation>
    </message>
    <message>
        <source>withheld: fewer than %1 responses</source>
        <translation>withheld: fewer than %1 responses</translation>
    </message>
</context>
<context>
    <name>TypeSettings</name>
    <message>
        <source>Number of points</source>
        <translation>Number of points</translation>
    </message>
    <message>
        <source>Number of the first point</source>
        <translation>Number of the first point</translation>
    </message>
    <message>
        <source>Lowest number</source>
        <translation>Lowest number</translation>
    </message>
    <message>
        <source>Highest number</source>
        <translation>Highest number</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Add an option</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Smallest number</source>
        <translation>Smallest number</translation>
    </message>
    <message>
        <source>Largest number</source>
        <translation>Largest number</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Whole numbers only</source>
        <translation>Whole numbers only</translation>
    </message>
    <message>
        <source>Short (one line)</source>
        <translation>Short (one line)</translation>
    </message>
    <message>
        <source>Long (several lines)</source>
        <translation>Long (several lines)</translation>
    </message>
    <message>
        <source>Answer box</source>
        <translation>Answer box</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> characters</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>Maximum length</translation>
    </message>
    <message>
        <source>A note only shows its text (and help text); it takes no answer.</source>
        <translation>A note only shows its text (and help text); it takes no answer.</translation>
    </message>
    <message>
        <source>Offer a “cannot say” answer</source>
        <translation>Offer a “cannot say” answer</translation>
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
    <message>
        <source>Feedback cannot be saved on this computer right now. Please tell the trainer.</source>
        <translation>Feedback cannot be saved on this computer right now. Please tell the trainer.</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>The organisation&apos;s logo</source>
        <translation>The organisation&apos;s logo</translation>
    </message>
</context>
</TS>
