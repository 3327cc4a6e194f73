<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>LightAgent::Ctl</name>
    <message numerus="yes">
        <source>The journal is intact: %n entries checked.</source>
        <translation>
            <numerusform>The journal is intact: %n entry checked.</numerusform>
            <numerusform>The journal is intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1 (JSON Lines: one object per line, with prevHash and hash).</source>
        <translation>
            <numerusform>Exported %n entry to %1 (JSON Lines: one object per line, with prevHash and hash).</numerusform>
            <numerusform>Exported %n entries to %1 (JSON Lines: one object per line, with prevHash and hash).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The journal is intact and extends the kept head %1: %n entries checked.</source>
        <translation>
            <numerusform>The journal is intact and extends the kept head %1: %n entry checked.</numerusform>
            <numerusform>The journal is intact and extends the kept head %1: %n entries checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LightAgent::EnvelopePreview</name>
    <message numerus="yes">
        <source>Copied %n byte(s).</source>
        <translation>
            <numerusform>Copied %n byte.</numerusform>
            <numerusform>Copied %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n byte(s).</source>
        <translation>
            <numerusform>Saved %n byte.</numerusform>
            <numerusform>Saved %n bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LightAgent::JournalEntryView</name>
    <message numerus="yes">
        <source>%Ln byte(s) sent</source>
        <translation>
            <numerusform>%Ln byte sent</numerusform>
            <numerusform>%Ln bytes sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LightAgent::JournalModel</name>
    <message numerus="yes">
        <source>SHA-256 of the %n byte(s) that were sent:</source>
        <translation>
            <numerusform>SHA-256 of the %n byte that was sent:</numerusform>
            <numerusform>SHA-256 of the %n bytes that were sent:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LightAgent::JournalPage</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <extracomment>Journal page: how many entries (requests and results) the journal holds</extracomment>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries were exported to %1.

Each line is one entry as a JSON object with the hashes that chain it to the line before, so that anyone can check it.</source>
        <translation>
            <numerusform>%Ln entry was exported to %1.

Each line is one entry as a JSON object with the hashes that chain it to the line before, so that anyone can check it.</numerusform>
            <numerusform>%Ln entries were exported to %1.

Each line is one entry as a JSON object with the hashes that chain it to the line before, so that anyone can check it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The journal is intact: %Ln entries checked at %1.</source>
        <extracomment>%1 is when the check was made</extracomment>
        <translation>
            <numerusform>The journal is intact: %Ln entry checked at %1.</numerusform>
            <numerusform>The journal is intact: %Ln entries checked at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln entries at %1: they were intact.</source>
        <extracomment>%1 is when the check was made</extracomment>
        <translation>
            <numerusform>Checked %Ln entry at %1: it was intact.</numerusform>
            <numerusform>Checked %Ln entries at %1: they were intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries added since — verify again.</source>
        <translation>
            <numerusform>%Ln entry added since — verify again.</numerusform>
            <numerusform>%Ln entries added since — verify again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LightAgent::KeyRules</name>
    <message numerus="yes">
        <source>The license then covers the time up to %1 instead of %2: %n day(s) less.</source>
        <extracomment>%1 and %2 are dates; %n is the number of days of license time lost</extracomment>
        <translation>
            <numerusform>The license then covers the time up to %1 instead of %2: %n day less.</numerusform>
            <numerusform>The license then covers the time up to %1 instead of %2: %n days less.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LightAgent::License</name>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n core</numerusform>
            <numerusform>%n cores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processor(s)</source>
        <translation>
            <numerusform>%n processor</numerusform>
            <numerusform>%n processors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n desktop</numerusform>
            <numerusform>%n desktops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LightAgent::LicenseState</name>
    <message numerus="yes">
        <source>The license expires in %n day(s).</source>
        <translation>
            <numerusform>The license expires in %n day.</numerusform>
            <numerusform>The license expires in %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LightAgent::LicenseWarnings</name>
    <message numerus="yes">
        <source>The license ended on %1; the grace period keeps all functions for %n more day(s), to %2.</source>
        <translation>
            <numerusform>The license ended on %1; the grace period keeps all functions for %n more day, to %2.</numerusform>
            <numerusform>The license ended on %1; the grace period keeps all functions for %n more days, to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The vendor blocked the license key on %1; all functions remain for %n more day(s), to %2.</source>
        <translation>
            <numerusform>The vendor blocked the license key on %1; all functions remain for %n more day, to %2.</numerusform>
            <numerusform>The vendor blocked the license key on %1; all functions remain for %n more days, to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The license ends in %n day(s), on %1, even with the reserve key %2 that takes over on %3.</source>
        <translation>
            <numerusform>The license ends in %n day, on %1, even with the reserve key %2 that takes over on %3.</numerusform>
            <numerusform>The license ends in %n days, on %1, even with the reserve key %2 that takes over on %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The license ends in %n day(s), on %1; the reserve key %2 becomes valid only on %3.</source>
        <translation>
            <numerusform>The license ends in %n day, on %1; the reserve key %2 becomes valid only on %3.</numerusform>
            <numerusform>The license ends in %n days, on %1; the reserve key %2 becomes valid only on %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The license ends in %n day(s), on %1, and there is no reserve key.</source>
        <translation>
            <numerusform>The license ends in %n day, on %1, and there is no reserve key.</numerusform>
            <numerusform>The license ends in %n days, on %1, and there is no reserve key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The databases are %n day(s) old (released on %1); update them.</source>
        <translation>
            <numerusform>The databases are %n day old (released on %1); update them.</numerusform>
            <numerusform>The databases are %n days old (released on %1); update them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LightAgent::MaintenanceText</name>
    <message numerus="yes">
        <source>%n failed attempt(s) in a row; the next try is at %1.</source>
        <extracomment>%n failed attempts in a row; %1 when the next attempt is made</extracomment>
        <translation>
            <numerusform>%n failed attempt in a row; the next try is at %1.</numerusform>
            <numerusform>%n failed attempts in a row; the next try is at %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
