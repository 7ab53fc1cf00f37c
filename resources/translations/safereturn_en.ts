<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>sr::ui::CaseListModel</name>
    <message>
        <source>Case code</source>
        <translation>Case code</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Permanent residence</source>
        <translation>Permanent residence</translation>
    </message>
    <message>
        <source>Last reception</source>
        <translation>Last reception</translation>
    </message>
    <message>
        <source>Receiving agency</source>
        <translation>Receiving agency</translation>
    </message>
    <message>
        <source>Returned from</source>
        <translation>Returned from</translation>
    </message>
    <message>
        <source>Identification status</source>
        <translation>Identification status</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Case status</translation>
    </message>
</context>
<context>
    <name>sr::ui::EnumLabels</name>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>sex</comment>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Under 1</source>
        <translation>Under 1</translation>
    </message>
    <message>
        <source>1–5</source>
        <translation>1–5</translation>
    </message>
    <message>
        <source>6–11</source>
        <translation>6–11</translation>
    </message>
    <message>
        <source>12–15</source>
        <translation>12–15</translation>
    </message>
    <message>
        <source>16–17</source>
        <translation>16–17</translation>
    </message>
    <message>
        <source>18 and over</source>
        <translation>18 and over</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>age band</comment>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Handed over at the border</source>
        <translation>Handed over at the border</translation>
    </message>
    <message>
        <source>Self-reported</source>
        <translation>Self-reported</translation>
    </message>
    <message>
        <source>Rescued</source>
        <translation>Rescued</translation>
    </message>
    <message>
        <source>Via a mission abroad</source>
        <translation>Via a mission abroad</translation>
    </message>
    <message>
        <source>Reported by the family</source>
        <translation>Reported by the family</translation>
    </message>
    <message>
        <source>Found in screening</source>
        <translation>Found in screening</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>route of identification</comment>
        <translation>Other</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <source>Being identified</source>
        <translation>Being identified</translation>
    </message>
    <message>
        <source>Confirmed victim</source>
        <translation>Confirmed victim</translation>
    </message>
    <message>
        <source>Not a victim</source>
        <translation>Not a victim</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Undetermined</translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <translation>Sexual exploitation</translation>
    </message>
    <message>
        <source>Forced labour</source>
        <translation>Forced labour</translation>
    </message>
    <message>
        <source>Forced marriage</source>
        <translation>Forced marriage</translation>
    </message>
    <message>
        <source>Child sale (incl. for adoption)</source>
        <translation>Child sale (incl. for adoption)</translation>
    </message>
    <message>
        <source>Organ removal</source>
        <translation>Organ removal</translation>
    </message>
    <message>
        <source>Forced criminal activity (incl. scam compounds)</source>
        <translation>Forced criminal activity (incl. scam compounds)</translation>
    </message>
    <message>
        <source>Forced begging</source>
        <translation>Forced begging</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>form of exploitation</comment>
        <translation>Other</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>form of exploitation</comment>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>Provided</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Handed over to the family</source>
        <translation>Handed over to the family</translation>
    </message>
    <message>
        <source>Returned to the home locality</source>
        <translation>Returned to the home locality</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>case outcome</comment>
        <translation>Other</translation>
    </message>
    <message>
        <source>Citizen identity card (CCCD)</source>
        <translation>Citizen identity card (CCCD)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Birth certificate</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>identity document</comment>
        <translation>Other</translation>
    </message>
    <message>
        <source>None</source>
        <comment>identity document</comment>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>sr::ui::ErrorMessages</name>
    <message>
        <source>Some of the information entered is not valid.</source>
        <translation>Some of the information entered is not valid.</translation>
    </message>
    <message>
        <source>The record was not found. It may have been archived.</source>
        <translation>The record was not found. It may have been archived.</translation>
    </message>
    <message>
        <source>Someone else changed this record in the meantime. Reload it and try again.</source>
        <translation>Someone else changed this record in the meantime. Reload it and try again.</translation>
    </message>
    <message>
        <source>A record with the same code already exists.</source>
        <translation>A record with the same code already exists.</translation>
    </message>
    <message>
        <source>The database is in use by another program. Try again in a moment.</source>
        <translation>The database is in use by another program. Try again in a moment.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>The file could not be read or written.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>The disk is full. Free some space and try again.</translation>
    </message>
    <message>
        <source>The file is not a SafeReturn database.</source>
        <translation>The file is not a SafeReturn database.</translation>
    </message>
    <message>
        <source>The database was made by a newer version of SafeReturn.</source>
        <translation>The database was made by a newer version of SafeReturn.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>The database file is damaged.</translation>
    </message>
    <message>
        <source>The database is open read-only; changes cannot be saved.</source>
        <translation>The database is open read-only; changes cannot be saved.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>The operation was cancelled.</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Details are in the log file.</source>
        <translation>An unexpected error occurred. Details are in the log file.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a SafeReturn database. It was not changed.

Choose a SafeReturn database file, or a new file name to start an empty database.</source>
        <translation>The file &quot;%1&quot; is not a SafeReturn database. It was not changed.

Choose a SafeReturn database file, or a new file name to start an empty database.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; was made by a newer version of SafeReturn. It was not changed.

Install the newer version of SafeReturn to open it.</source>
        <translation>The database &quot;%1&quot; was made by a newer version of SafeReturn. It was not changed.

Install the newer version of SafeReturn to open it.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is damaged and cannot be opened. It was not changed.

Restore the latest backup (safereturn restore).</source>
        <translation>The database &quot;%1&quot; is damaged and cannot be opened. It was not changed.

Restore the latest backup (safereturn restore).</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is locked by another program. Close the other SafeReturn window and try again.</source>
        <translation>The database &quot;%1&quot; is locked by another program. Close the other SafeReturn window and try again.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is read-only and needs an upgrade to this version of SafeReturn. Ask for write access to the file, or open a copy.</source>
        <translation>The database &quot;%1&quot; is read-only and needs an upgrade to this version of SafeReturn. Ask for write access to the file, or open a copy.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>The database &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; could not be read or created. Check that the folder exists and that you may write to it.</source>
        <translation>The database &quot;%1&quot; could not be read or created. Check that the folder exists and that you may write to it.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; could not be opened.

%2</source>
        <translation>The database &quot;%1&quot; could not be opened.

%2</translation>
    </message>
</context>
<context>
    <name>sr::ui::GuiApp</name>
    <message>
        <source>SafeReturn</source>
        <translation>SafeReturn</translation>
    </message>
</context>
<context>
    <name>sr::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About SafeReturn</source>
        <translation>&amp;About SafeReturn</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Name, other name, case code or document number. Accents are optional: &quot;dang&quot; finds &quot;Đặng&quot;.</source>
        <translation>Name, other name, case code or document number. Accents are optional: &quot;dang&quot; finds &quot;Đặng&quot;.</translation>
    </message>
    <message>
        <source>Received between</source>
        <translation>Received between</translation>
    </message>
    <message>
        <source>Receiving agency</source>
        <translation>Receiving agency</translation>
    </message>
    <message>
        <source>Returned from</source>
        <translation>Returned from</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Identification status</source>
        <translation>Identification status</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Case status</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Welcome to SafeReturn</source>
        <translation>Welcome to SafeReturn</translation>
    </message>
    <message>
        <source>This database has no cases yet.

To try SafeReturn with demonstration data (invented persons, no real records), close this window and run in a terminal:</source>
        <translation>This database has no cases yet.

To try SafeReturn with demonstration data (invented persons, no real records), close this window and run in a terminal:</translation>
    </message>
    <message>
        <source>Then start SafeReturn again, or press Refresh.</source>
        <translation>Then start SafeReturn again, or press Refresh.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %Ln case(s)</source>
        <comment>status bar: shown / total</comment>
        <translation>
            <numerusform>%1 / %Ln case</numerusform>
            <numerusform>%1 / %Ln cases</numerusform>
        </translation>
    </message>
    <message>
        <source>This database is open read-only: you can look at the cases, but changes cannot be saved.</source>
        <translation>This database is open read-only: you can look at the cases, but changes cannot be saved.</translation>
    </message>
    <message>
        <source>Warning: this database is on a network drive. SQLite databases may be damaged when used over a network; copy it to this computer&apos;s disk.</source>
        <translation>Warning: this database is on a network drive. SQLite databases may be damaged when used over a network; copy it to this computer&apos;s disk.</translation>
    </message>
    <message>
        <source>About SafeReturn</source>
        <translation>About SafeReturn</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SafeReturn %1&lt;/h3&gt;&lt;p&gt;Case management for returned victims of human trafficking.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SafeReturn %1&lt;/h3&gt;&lt;p&gt;Case management for returned victims of human trafficking.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
