<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupCommand</name>
    <message>
        <source>backup written to %1</source>
        <translation>backup written to %1</translation>
    </message>
    <message>
        <source>Passphrase for the encrypted backup: </source>
        <translation>Passphrase for the encrypted backup: </translation>
    </message>
    <message>
        <source>an encrypted backup needs a passphrase: set SAFERETURN_PASSPHRASE or type it twice at the prompt</source>
        <translation>an encrypted backup needs a passphrase: set SAFERETURN_PASSPHRASE or type it twice at the prompt</translation>
    </message>
    <message>
        <source>the passphrase needs at least %1 characters</source>
        <translation>the passphrase needs at least %1 characters</translation>
    </message>
    <message>
        <source>encrypted backup written to %1</source>
        <translation>encrypted backup written to %1</translation>
    </message>
    <message>
        <source>note: the disk of the database is full; this login and this backup are recorded in the backup copy only</source>
        <translation>note: the disk of the database is full; this login and this backup are recorded in the backup copy only</translation>
    </message>
</context>
<context>
    <name>CaseCommand</name>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>option %1 needs a value</translation>
    </message>
    <message>
        <source>unknown case command %1 (the only one is &quot;print&quot;)</source>
        <translation>unknown case command %1 (the only one is &quot;print&quot;)</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unexpected argument %1</translation>
    </message>
    <message>
        <source>what to do with the case is missing: case print CASE-CODE</source>
        <translation>what to do with the case is missing: case print CASE-CODE</translation>
    </message>
    <message>
        <source>--lang must be vi or en</source>
        <translation>--lang must be vi or en</translation>
    </message>
    <message>
        <source>the case code is missing: case print CASE-CODE -o FILE.pdf</source>
        <translation>the case code is missing: case print CASE-CODE -o FILE.pdf</translation>
    </message>
    <message>
        <source>--document must be case-file, reception-minutes or support-receipts</source>
        <translation>--document must be case-file, reception-minutes or support-receipts</translation>
    </message>
    <message>
        <source>-o FILE.pdf is required</source>
        <translation>-o FILE.pdf is required</translation>
    </message>
    <message>
        <source>--reception goes with reception-minutes or support-receipts</source>
        <translation>--reception goes with reception-minutes or support-receipts</translation>
    </message>
    <message>
        <source>--reception: %1 is neither a number nor a date (YYYY-MM-DD or dd/MM/yyyy)</source>
        <translation>--reception: %1 is neither a number nor a date (YYYY-MM-DD or dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation>there is no case %1</translation>
    </message>
    <message numerus="yes">
        <source>the case has %n reception(s): --reception %1 is not one of them</source>
        <translation>
            <numerusform>the case has %n reception: --reception %1 is not that reception</numerusform>
            <numerusform>the case has %n receptions: --reception %1 is not one of them</numerusform>
        </translation>
    </message>
    <message>
        <source>the case has no reception on %1</source>
        <translation>the case has no reception on %1</translation>
    </message>
    <message>
        <source>the case has no reception to make minutes of</source>
        <translation>the case has no reception to make minutes of</translation>
    </message>
    <message>
        <source>the case document could not be written to %1: %2</source>
        <translation>the case document could not be written to %1: %2</translation>
    </message>
    <message>
        <source>case print: %1 written to %2
</source>
        <translation>case print: %1 written to %2
</translation>
    </message>
    <message>
        <source>Usage:
  safereturn case print CASE-CODE [--db FILE|LOCATION | --server NAME] [--lang vi|en] --user NAME -o FILE.pdf [--document case-file|reception-minutes|support-receipts] [--reception DATE|N]

Writes a paper of one case as a PDF: the case file (default), the minutes of a reception for signatures, or the list of supports for the person to sign.
--reception picks a reception by its date (YYYY-MM-DD or dd/MM/yyyy) or its number (1 is the oldest); the minutes default to the latest reception, the support list to every reception.
The password of --user is read from SAFERETURN_PASSWORD or typed at the prompt. Every paper written is recorded in the audit log.
Exit codes: 0 success, 1 runtime failure, 2 bad usage.
</source>
        <translation>Usage:
  safereturn case print CASE-CODE [--db FILE|LOCATION | --server NAME] [--lang vi|en] --user NAME -o FILE.pdf [--document case-file|reception-minutes|support-receipts] [--reception DATE|N]

Writes a paper of one case as a PDF: the case file (default), the minutes of a reception for signatures, or the list of supports for the person to sign.
--reception picks a reception by its date (YYYY-MM-DD or dd/MM/yyyy) or its number (1 is the oldest); the minutes default to the latest reception, the support list to every reception.
The password of --user is read from SAFERETURN_PASSWORD or typed at the prompt. Every paper written is recorded in the audit log.
Exit codes: 0 success, 1 runtime failure, 2 bad usage.
</translation>
    </message>
    <message>
        <source>run &quot;safereturn case print --help&quot; for usage</source>
        <translation>run &quot;safereturn case print --help&quot; for usage</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>check of %1 failed: %2</source>
        <translation>check of %1 failed: %2</translation>
    </message>
    <message>
        <source>integrity ok</source>
        <translation>integrity ok</translation>
    </message>
    <message>
        <source>integrity failed</source>
        <translation>integrity failed</translation>
    </message>
    <message>
        <source>foreign keys ok</source>
        <translation>foreign keys ok</translation>
    </message>
    <message>
        <source>foreign keys failed</source>
        <translation>foreign keys failed</translation>
    </message>
    <message>
        <source>audit chain ok</source>
        <translation>audit chain ok</translation>
    </message>
    <message>
        <source>audit chain broken at row %1</source>
        <translation>audit chain broken at row %1</translation>
    </message>
    <message>
        <source>the audit log was truncated or rewritten after row %1</source>
        <translation>the audit log was truncated or rewritten after row %1</translation>
    </message>
    <message>
        <source>account %1 (id %2) is in the audit log but no longer in the database</source>
        <translation>account %1 (id %2) is in the audit log but no longer in the database</translation>
    </message>
    <message>
        <source>account %1 was not created through SafeReturn (no audit row)</source>
        <translation>account %1 was not created through SafeReturn (no audit row)</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>disabled state</source>
        <translation>disabled state</translation>
    </message>
    <message>
        <source>must-change-password flag</source>
        <translation>must-change-password flag</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>account %1 was changed outside SafeReturn: %2 not as in the audit log</source>
        <translation>account %1 was changed outside SafeReturn: %2 not as in the audit log</translation>
    </message>
    <message>
        <source>to repair an account, an administrator sets its role, state or password again in SafeReturn (Account &gt; Users…; each change is audited), or restores a backup</source>
        <translation>to repair an account, an administrator sets its role, state or password again in SafeReturn (Account &gt; Users…; each change is audited), or restores a backup</translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation>schema version %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problem: %1</translation>
    </message>
    <message>
        <source>attachments ok (%1 checked)</source>
        <translation>attachments ok (%1 checked)</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) damaged (stored bytes do not match their SHA-256), ids: %1</source>
        <translation>
            <numerusform>%n attachment damaged (stored bytes do not match its SHA-256), id: %1</numerusform>
            <numerusform>%n attachments damaged (stored bytes do not match their SHA-256), ids: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>to repair a damaged attachment, restore a backup made before the damage (safereturn restore)</source>
        <translation>to repair a damaged attachment, restore a backup made before the damage (safereturn restore)</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>the users of %1 could not be read: %2</source>
        <translation>the users of %1 could not be read: %2</translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation>Demo administrator</translation>
    </message>
    <message>
        <source>demo: created the demo administrator &quot;%1&quot; (password in the README); change its password before real use
</source>
        <translation>demo: created the demo administrator &quot;%1&quot; (password in the README); change its password before real use
</translation>
    </message>
    <message>
        <source>%1 holds records that were not made by the demo, so no demo data and no demo administrator are written into it. To work with it, create the first administrator with &quot;safereturn user add --role administrator NAME&quot;; for demo data, give a new file with --db.</source>
        <translation>%1 holds records that were not made by the demo, so no demo data and no demo administrator are written into it. To work with it, create the first administrator with &quot;safereturn user add --role administrator NAME&quot;; for demo data, give a new file with --db.</translation>
    </message>
    <message>
        <source>the demo administrator could not be created: %1</source>
        <translation>the demo administrator could not be created: %1</translation>
    </message>
    <message>
        <source>login refused: wrong user name or password</source>
        <translation>login refused: wrong user name or password</translation>
    </message>
    <message>
        <source><byte value="xd"/>demo: %1 of %2 persons</source>
        <translation>&lt;byte value=&quot;xd&quot;/&gt;demo: %1 of %2 persons</translation>
    </message>
    <message>
        <source>%1 holds records that were not made by the demo; demo data is written only into a new database or one that holds demo records only (give a new file with --db). Nothing was written.</source>
        <translation>%1 holds records that were not made by the demo; demo data is written only into a new database or one that holds demo records only (give a new file with --db). Nothing was written.</translation>
    </message>
    <message>
        <source>demo data could not be written to %1: %2; the batches committed before the error are kept</source>
        <translation>demo data could not be written to %1: %2; the batches committed before the error are kept</translation>
    </message>
    <message>
        <source>demo: wrote %1 persons, %2 receptions, %3 supports, %4 follow-ups and %5 border handovers in %6 s (%7 rows/s, seed %8)
</source>
        <translation>demo: wrote %1 persons, %2 receptions, %3 supports, %4 follow-ups and %5 border handovers in %6 s (%7 rows/s, seed %8)
</translation>
    </message>
</context>
<context>
    <name>ExchangeCommand</name>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>option %1 needs a value</translation>
    </message>
    <message>
        <source>--lang must be vi or en</source>
        <translation>--lang must be vi or en</translation>
    </message>
    <message>
        <source>run &quot;safereturn %1 --help&quot; for usage</source>
        <translation>run &quot;safereturn %1 --help&quot; for usage</translation>
    </message>
    <message>
        <source>Usage:
  safereturn export [--db FILE|LOCATION | --server NAME] --user NAME --from YYYY-MM-DD --to YYYY-MM-DD
                    [--table %1] [--full] [--format csv|xlsx] [--zip] [-o FILE]
  safereturn export [--db FILE|LOCATION | --server NAME] --user NAME --case CASE-CODE --full --zip [--with-attachments] -o FILE.zip
  safereturn export [--db FILE|LOCATION | --server NAME] --template [--format csv|xlsx] -o FILE
  safereturn import [--db FILE|LOCATION | --server NAME] --user NAME [--dry-run] [--update] [--add-missing-reference] [--sheet NAME] FILE.csv|FILE.xlsx

Exports are de-identified unless --full is given (full exports are audited).
--format xlsx writes an Excel workbook (.xlsx) with the same rows: Vietnamese column titles, dates and amounts formatted; the default is csv, or xlsx when -o ends in .xlsx. The xlsx template has drop-down lists from the database&apos;s reference lists.
--table attachments lists the attachments (name, type, size, SHA-256) without their content; it needs --full and cannot be imported.
--case writes one case (its receptions, supports and attachments list) into an encrypted ZIP; --with-attachments adds each attachment&apos;s file and a manifest of their SHA-256.
--zip writes an AES-256 encrypted ZIP; its passphrase (at least 10 characters) is read from SAFERETURN_PASSPHRASE or typed twice at the prompt, never stored.
Imports are all-or-nothing; every refused row is listed.
An .xlsx workbook is read from its first sheet, or the one --sheet names.
The password of --user is read from SAFERETURN_PASSWORD or typed at the prompt.
--db also takes a server location, postgresql://USER@HOST[:PORT]/DATABASE, and --server the name of a saved server profile; the server&apos;s password is typed at the prompt or read from PGPASSWORD or ~/.pgpass, never from the command line.
Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad input.
</source>
        <translation>Usage:
  safereturn export [--db FILE|LOCATION | --server NAME] --user NAME --from YYYY-MM-DD --to YYYY-MM-DD
                    [--table %1] [--full] [--format csv|xlsx] [--zip] [-o FILE]
  safereturn export [--db FILE|LOCATION | --server NAME] --user NAME --case CASE-CODE --full --zip [--with-attachments] -o FILE.zip
  safereturn export [--db FILE|LOCATION | --server NAME] --template [--format csv|xlsx] -o FILE
  safereturn import [--db FILE|LOCATION | --server NAME] --user NAME [--dry-run] [--update] [--add-missing-reference] [--sheet NAME] FILE.csv|FILE.xlsx

Exports are de-identified unless --full is given (full exports are audited).
--format xlsx writes an Excel workbook (.xlsx) with the same rows: Vietnamese column titles, dates and amounts formatted; the default is csv, or xlsx when -o ends in .xlsx. The xlsx template has drop-down lists from the database&apos;s reference lists.
--table attachments lists the attachments (name, type, size, SHA-256) without their content; it needs --full and cannot be imported.
--case writes one case (its receptions, supports and attachments list) into an encrypted ZIP; --with-attachments adds each attachment&apos;s file and a manifest of their SHA-256.
--zip writes an AES-256 encrypted ZIP; its passphrase (at least 10 characters) is read from SAFERETURN_PASSPHRASE or typed twice at the prompt, never stored.
Imports are all-or-nothing; every refused row is listed.
An .xlsx workbook is read from its first sheet, or the one --sheet names.
The password of --user is read from SAFERETURN_PASSWORD or typed at the prompt.
--db also takes a server location, postgresql://USER@HOST[:PORT]/DATABASE, and --server the name of a saved server profile; the server&apos;s password is typed at the prompt or read from PGPASSWORD or ~/.pgpass, never from the command line.
Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad input.
</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>unexpected argument %1</source>
        <translation>unexpected argument %1</translation>
    </message>
    <message>
        <source>--template needs -o FILE</source>
        <translation>--template needs -o FILE</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>template written to %1
</source>
        <translation>template written to %1
</translation>
    </message>
    <message>
        <source>--from and --to are required (dates as YYYY-MM-DD)</source>
        <translation>--from and --to are required (dates as YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--from: %1 is not a date of the form YYYY-MM-DD</source>
        <translation>--from: %1 is not a date of the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--to: %1 is not a date of the form YYYY-MM-DD</source>
        <translation>--to: %1 is not a date of the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>the period ends (%1) before it starts (%2)</translation>
    </message>
    <message>
        <source><byte value="xd"/>export: %1 / %2 rows</source>
        <translation>&lt;byte value=&quot;xd&quot;/&gt;export: %1 / %2 rows</translation>
    </message>
    <message>
        <source>Passphrase for the encrypted ZIP: </source>
        <translation>Passphrase for the encrypted ZIP: </translation>
    </message>
    <message>
        <source>--zip needs a passphrase: set SAFERETURN_PASSPHRASE or type it twice at the prompt</source>
        <translation>--zip needs a passphrase: set SAFERETURN_PASSPHRASE or type it twice at the prompt</translation>
    </message>
    <message>
        <source>the passphrase needs at least %1 characters</source>
        <translation>the passphrase needs at least %1 characters</translation>
    </message>
    <message>
        <source>export: %1 rows of %2 (%3) written to %4
</source>
        <translation>export: %1 rows of %2 (%3) written to %4
</translation>
    </message>
    <message>
        <source>full, audited</source>
        <translation>full, audited</translation>
    </message>
    <message>
        <source>de-identified</source>
        <translation>de-identified</translation>
    </message>
    <message>
        <source>--with-attachments goes with --case: attachments are exported case by case, in an encrypted ZIP</source>
        <translation>--with-attachments goes with --case: attachments are exported case by case, in an encrypted ZIP</translation>
    </message>
    <message>
        <source>the attachments list names each person&apos;s papers: it is written by the full export only (add --full)</source>
        <translation>the attachments list names each person&apos;s papers: it is written by the full export only (add --full)</translation>
    </message>
    <message>
        <source>--case writes the full export of one case into an encrypted ZIP: add --full and --zip</source>
        <translation>--case writes the full export of one case into an encrypted ZIP: add --full and --zip</translation>
    </message>
    <message>
        <source>--case exports the whole case: leave out --from, --to and --table</source>
        <translation>--case exports the whole case: leave out --from, --to and --table</translation>
    </message>
    <message>
        <source>--case needs -o FILE.zip</source>
        <translation>--case needs -o FILE.zip</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation>there is no case %1</translation>
    </message>
    <message>
        <source>export: case %1 (%2 receptions, %3 supports, %4 attachments listed, %5 attachment files) written to %6 (encrypted, audited)
</source>
        <translation>export: case %1 (%2 receptions, %3 supports, %4 attachments listed, %5 attachment files) written to %6 (encrypted, audited)
</translation>
    </message>
    <message>
        <source>--table must be one of %1</source>
        <translation>--table must be one of %1</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx, not %1</source>
        <translation>--format must be csv or xlsx, not %1</translation>
    </message>
    <message>
        <source>--case writes CSV files into its encrypted ZIP: leave out --format xlsx</source>
        <translation>--case writes CSV files into its encrypted ZIP: leave out --format xlsx</translation>
    </message>
</context>
<context>
    <name>FindCommand</name>
    <message>
        <source>search in %1 failed: %2</source>
        <translation>search in %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>GeneralCommand</name>
    <message>
        <source>note: %1 is opened read-only</source>
        <translation>note: %1 is opened read-only</translation>
    </message>
    <message>
        <source>run &quot;safereturn --help&quot; for usage</source>
        <translation>run &quot;safereturn --help&quot; for usage</translation>
    </message>
    <message>
        <source>the data folder could not be created</source>
        <translation>the data folder could not be created</translation>
    </message>
    <message>
        <source>warning: %1 is on a network file system; the database file needs a local disk, and several workstations need the server mode</source>
        <translation>warning: %1 is on a network file system; the database file needs a local disk, and several workstations need the server mode</translation>
    </message>
    <message>
        <source>Usage:
  safereturn [--db FILE|LOCATION | --server NAME] [--lang vi|en]
                                                  start the desktop application
  safereturn demo [--persons N] [--seed S]        write realistic synthetic records
  safereturn find TEXT                            case codes and names matching TEXT
  safereturn backup [--encrypt] -o FILE           write a backup of the database
                                                  (encrypted: passphrase from
                                                  SAFERETURN_PASSPHRASE or asked)
  safereturn restore FILE                         replace the database with a backup
  safereturn check                                check integrity and count records
  safereturn tasks [--for NAME] [--overdue]       open tasks of the user (or of NAME):
                                                  code, case, due date, what
  safereturn report --from D --to D [--format pdf|html|json|odt|xlsx] -o FILE
                                                  write the period summary report
  safereturn case print CODE -o FILE.pdf [--document D] [--reception R]
                                                  print a case file, reception
                                                  minutes or support receipts
  safereturn export --from D --to D [--table T] [--full] [--format csv|xlsx]
                    [-o FILE]                     export a period as CSV or Excel
  safereturn import [--dry-run] [--sheet NAME] FILE.csv|FILE.xlsx
                                                  import a CSV file or an Excel
                                                  workbook (all or nothing)
  safereturn user add [--role R] [--display-name TEXT] NAME
  safereturn user list | disable NAME | passwd [NAME]
                                                  manage user accounts
  safereturn server add-profile NAME --host H [--port P] --database D --user U
                    [--sslmode MODE]
  safereturn server list-profiles | remove-profile NAME
                                                  saved database servers
  safereturn server init (--db LOCATION | --server NAME) [--grant ROLE]
  safereturn server migrate --from FILE (--to LOCATION | --server NAME)
                                                  a server&apos;s administrator: create
                                                  the tables, move a file in

Every command that reads or writes records needs --user NAME; the password is read
from SAFERETURN_PASSWORD or typed at the prompt. A new password (user add, user
passwd) comes from SAFERETURN_NEW_PASSWORD or the prompt. On a database without
users, &quot;user add --role administrator NAME&quot; creates the first administrator and
&quot;demo&quot; creates the demo administrator &quot;admin&quot; (see README). Roles: viewer,
social_worker, manager, administrator. Run &quot;safereturn report --help&quot; or
&quot;safereturn export --help&quot; for their options.

Common options:
  --db FILE        the database file (default: %1)
  --db LOCATION    a database on a PostgreSQL server:
                   postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]
                   (TLS required unless the server is on this computer)
  --server NAME    the database of a saved server profile
  --user NAME      the user running the command
  --lang vi|en     language of messages (default: vi)
  -h, --help       show this help
  -v, --version    show the version

The password of a database server is typed at the prompt or read from
PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the command line.

Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad input.
</source>
        <translation>Usage:
  safereturn [--db FILE|LOCATION | --server NAME] [--lang vi|en]
                                                  start the desktop application
  safereturn demo [--persons N] [--seed S]        write realistic synthetic records
  safereturn find TEXT                            case codes and names matching TEXT
  safereturn backup [--encrypt] -o FILE           write a backup of the database
                                                  (encrypted: passphrase from
                                                  SAFERETURN_PASSPHRASE or asked)
  safereturn restore FILE                         replace the database with a backup
  safereturn check                                check integrity and count records
  safereturn tasks [--for NAME] [--overdue]       open tasks of the user (or of NAME):
                                                  code, case, due date, what
  safereturn report --from D --to D [--format pdf|html|json|odt|xlsx] -o FILE
                                                  write the period summary report
  safereturn case print CODE -o FILE.pdf [--document D] [--reception R]
                                                  print a case file, reception
                                                  minutes or support receipts
  safereturn export --from D --to D [--table T] [--full] [--format csv|xlsx]
                    [-o FILE]                     export a period as CSV or Excel
  safereturn import [--dry-run] [--sheet NAME] FILE.csv|FILE.xlsx
                                                  import a CSV file or an Excel
                                                  workbook (all or nothing)
  safereturn user add [--role R] [--display-name TEXT] NAME
  safereturn user list | disable NAME | passwd [NAME]
                                                  manage user accounts
  safereturn server add-profile NAME --host H [--port P] --database D --user U
                    [--sslmode MODE]
  safereturn server list-profiles | remove-profile NAME
                                                  saved database servers
  safereturn server init (--db LOCATION | --server NAME) [--grant ROLE]
  safereturn server migrate --from FILE (--to LOCATION | --server NAME)
                                                  a server&apos;s administrator: create
                                                  the tables, move a file in

Every command that reads or writes records needs --user NAME; the password is read
from SAFERETURN_PASSWORD or typed at the prompt. A new password (user add, user
passwd) comes from SAFERETURN_NEW_PASSWORD or the prompt. On a database without
users, &quot;user add --role administrator NAME&quot; creates the first administrator and
&quot;demo&quot; creates the demo administrator &quot;admin&quot; (see README). Roles: viewer,
social_worker, manager, administrator. Run &quot;safereturn report --help&quot; or
&quot;safereturn export --help&quot; for their options.

Common options:
  --db FILE        the database file (default: %1)
  --db LOCATION    a database on a PostgreSQL server:
                   postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]
                   (TLS required unless the server is on this computer)
  --server NAME    the database of a saved server profile
  --user NAME      the user running the command
  --lang vi|en     language of messages (default: vi)
  -h, --help       show this help
  -v, --version    show the version

The password of a database server is typed at the prompt or read from
PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the command line.

Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad input.
</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>unexpected argument %1</source>
        <translation>unexpected argument %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source><byte value="xd"/>import: %1 / %2 rows</source>
        <translation>&lt;byte value=&quot;xd&quot;/&gt;import: %1 / %2 rows</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2; nothing was written</source>
        <translation>%1 could not be imported: %2; nothing was written</translation>
    </message>
    <message>
        <source>… and %1 more errors
</source>
        <translation>… and %1 more errors
</translation>
    </message>
    <message>
        <source>added to the %1 list: %2 (code %3)
</source>
        <translation>added to the %1 list: %2 (code %3)
</translation>
    </message>
    <message>
        <source>%1: %2 errors; nothing was imported
</source>
        <translation>%1: %2 errors; nothing was imported
</translation>
    </message>
    <message>
        <source>%1: %2 rows of %3 are valid (dry run, nothing written)
</source>
        <translation>%1: %2 rows of %3 are valid (dry run, nothing written)
</translation>
    </message>
    <message>
        <source>%1: %2 rows of %3 imported: %4 created, %5 updated; persons %6 created, %7 updated
</source>
        <translation>%1: %2 rows of %3 imported: %4 created, %5 updated; persons %6 created, %7 updated
</translation>
    </message>
    <message>
        <source>: row %1</source>
        <translation>: row %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, column %1</translation>
    </message>
    <message>
        <source>, value &quot;%1&quot;</source>
        <translation>, value &quot;%1&quot;</translation>
    </message>
    <message>
        <source>import needs a CSV or Excel (.xlsx) file</source>
        <translation>import needs a CSV or Excel (.xlsx) file</translation>
    </message>
    <message>
        <source>, column %1 (%2)</source>
        <translation>, column %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>option %1 needs a value</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unexpected argument %1</translation>
    </message>
    <message>
        <source>%1 needs the profile NAME</source>
        <translation>%1 needs the profile NAME</translation>
    </message>
    <message>
        <source>--lang must be vi or en</source>
        <translation>--lang must be vi or en</translation>
    </message>
    <message>
        <source>Usage:
  safereturn server add-profile NAME --host HOST [--port PORT] --database DB
                    --user USER [--sslmode MODE]
  safereturn server list-profiles
  safereturn server remove-profile NAME

A profile saves how this computer&apos;s user reaches a SafeReturn database on a
PostgreSQL server; &quot;--server NAME&quot; then uses it in every command and the
desktop application offers it at login. No password is saved: it is typed at
the prompt or read from PGPASSWORD or ~/.pgpass (PGPASSFILE).
--port defaults to 5432. --sslmode is disable, allow, prefer, require, verify-ca
or verify-full; by default TLS is required unless the host is this computer.
Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad input.
</source>
        <translation>Usage:
  safereturn server add-profile NAME --host HOST [--port PORT] --database DB
                    --user USER [--sslmode MODE]
  safereturn server list-profiles
  safereturn server remove-profile NAME

A profile saves how this computer&apos;s user reaches a SafeReturn database on a
PostgreSQL server; &quot;--server NAME&quot; then uses it in every command and the
desktop application offers it at login. No password is saved: it is typed at
the prompt or read from PGPASSWORD or ~/.pgpass (PGPASSFILE).
--port defaults to 5432. --sslmode is disable, allow, prefer, require, verify-ca
or verify-full; by default TLS is required unless the host is this computer.
Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad input.
</translation>
    </message>
    <message>
        <source>run &quot;safereturn server add-profile --help&quot; for usage</source>
        <translation>run &quot;safereturn server add-profile --help&quot; for usage</translation>
    </message>
    <message>
        <source>a server profile named &quot;%1&quot; already exists; remove it first or choose another name</source>
        <translation>a server profile named &quot;%1&quot; already exists; remove it first or choose another name</translation>
    </message>
    <message>
        <source>a profile name is one word without spaces, &quot;/&quot; or &quot;\&quot;, at most 64 characters</source>
        <translation>a profile name is one word without spaces, &quot;/&quot; or &quot;\&quot;, at most 64 characters</translation>
    </message>
    <message>
        <source>add-profile needs --host HOST</source>
        <translation>add-profile needs --host HOST</translation>
    </message>
    <message>
        <source>--host: a host name or IP address, without spaces</source>
        <translation>--host: a host name or IP address, without spaces</translation>
    </message>
    <message>
        <source>--port needs a number from 1 to 65535</source>
        <translation>--port needs a number from 1 to 65535</translation>
    </message>
    <message>
        <source>add-profile needs --database DB</source>
        <translation>add-profile needs --database DB</translation>
    </message>
    <message>
        <source>--database: a name without spaces, &quot;/&quot;, &quot;@&quot;, &quot;:&quot;, &quot;?&quot; or &quot;#&quot;, at most 63 bytes</source>
        <translation>--database: a name without spaces, &quot;/&quot;, &quot;@&quot;, &quot;:&quot;, &quot;?&quot; or &quot;#&quot;, at most 63 bytes</translation>
    </message>
    <message>
        <source>add-profile needs --user USER</source>
        <translation>add-profile needs --user USER</translation>
    </message>
    <message>
        <source>--user: a name without spaces, &quot;/&quot;, &quot;@&quot;, &quot;:&quot;, &quot;?&quot; or &quot;#&quot;, at most 63 bytes</source>
        <translation>--user: a name without spaces, &quot;/&quot;, &quot;@&quot;, &quot;:&quot;, &quot;?&quot; or &quot;#&quot;, at most 63 bytes</translation>
    </message>
    <message>
        <source>--sslmode must be disable, allow, prefer, require, verify-ca or verify-full</source>
        <translation>--sslmode must be disable, allow, prefer, require, verify-ca or verify-full</translation>
    </message>
    <message>
        <source>the profile could not be saved in the settings: %1</source>
        <translation>the profile could not be saved in the settings: %1</translation>
    </message>
    <message>
        <source>server profile %1 saved: %2 (TLS: %3)</source>
        <translation>server profile %1 saved: %2 (TLS: %3)</translation>
    </message>
    <message>
        <source>there is no saved server named &quot;%1&quot;</source>
        <translation>there is no saved server named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the profile could not be removed from the settings: %1</source>
        <translation>the profile could not be removed from the settings: %1</translation>
    </message>
    <message>
        <source>server profile %1 removed</source>
        <translation>server profile %1 removed</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>End:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Banner Pages</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Night (18:00 to 05:59)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Specific Time</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Billing information:</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Scheduled printing:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Top Secret</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Day (06:00 to 17:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Second Shift (16:00 to 23:59)</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Job Control</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Weekend (Saturday to Sunday)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Classified</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Third Shift (00:00 to 07:59)</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Hold Indefinitely</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Print Immediately</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Job priority:</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Unclassified</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Are you sure you want to delete &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>File Folder</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; can not be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuations marks.</source>
        <translation>&lt;b&gt;The name &quot;%1&quot; can not be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuations marks.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Invalid filename</translation>
    </message>
    <message>
        <source>%1 byte(s)</source>
        <translation>%1 byte(s)</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Enter a value:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>bottom margin</source>
        <translation>bottom margin</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Paper source:</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>right margin</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pica (P̸)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Margins</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Page Layout</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Width:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Page order:</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>top margin</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>left margin</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Page size:</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Reverse portrait</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Millimeters (mm)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Points (pt)</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Pages per sheet:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inches (in)</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Reverse landscape</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Height:</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Letter / ANSI A</source>
        <translation>Letter / ANSI A</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Envelope Monarch</source>
        <translation>Envelope Monarch</translation>
    </message>
    <message>
        <source>Architect A</source>
        <translation>Architect A</translation>
    </message>
    <message>
        <source>Architect B</source>
        <translation>Architect B</translation>
    </message>
    <message>
        <source>Architect C</source>
        <translation>Architect C</translation>
    </message>
    <message>
        <source>Architect D</source>
        <translation>Architect D</translation>
    </message>
    <message>
        <source>Architect E</source>
        <translation>Architect E</translation>
    </message>
    <message>
        <source>Letter Extra</source>
        <translation>Letter Extra</translation>
    </message>
    <message>
        <source>Letter Small</source>
        <translation>Letter Small</translation>
    </message>
    <message>
        <source>Envelope You 4</source>
        <translation>Envelope You 4</translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation>Envelope US 10</translation>
    </message>
    <message>
        <source>Envelope US 11</source>
        <translation>Envelope US 11</translation>
    </message>
    <message>
        <source>Envelope US 12</source>
        <translation>Envelope US 12</translation>
    </message>
    <message>
        <source>Envelope US 14</source>
        <translation>Envelope US 14</translation>
    </message>
    <message>
        <source>Envelope PRC 1</source>
        <translation>Envelope PRC 1</translation>
    </message>
    <message>
        <source>Envelope PRC 2</source>
        <translation>Envelope PRC 2</translation>
    </message>
    <message>
        <source>Envelope PRC 3</source>
        <translation>Envelope PRC 3</translation>
    </message>
    <message>
        <source>Envelope PRC 4</source>
        <translation>Envelope PRC 4</translation>
    </message>
    <message>
        <source>Envelope PRC 5</source>
        <translation>Envelope PRC 5</translation>
    </message>
    <message>
        <source>Envelope PRC 6</source>
        <translation>Envelope PRC 6</translation>
    </message>
    <message>
        <source>Envelope PRC 7</source>
        <translation>Envelope PRC 7</translation>
    </message>
    <message>
        <source>Envelope PRC 8</source>
        <translation>Envelope PRC 8</translation>
    </message>
    <message>
        <source>Envelope PRC 9</source>
        <translation>Envelope PRC 9</translation>
    </message>
    <message>
        <source>Envelope C65</source>
        <translation>Envelope C65</translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation>Envelope DL</translation>
    </message>
    <message>
        <source>Envelope B4</source>
        <translation>Envelope B4</translation>
    </message>
    <message>
        <source>Envelope B5</source>
        <translation>Envelope B5</translation>
    </message>
    <message>
        <source>Envelope B6</source>
        <translation>Envelope B6</translation>
    </message>
    <message>
        <source>Envelope C0</source>
        <translation>Envelope C0</translation>
    </message>
    <message>
        <source>Envelope C1</source>
        <translation>Envelope C1</translation>
    </message>
    <message>
        <source>Envelope C2</source>
        <translation>Envelope C2</translation>
    </message>
    <message>
        <source>Envelope C3</source>
        <translation>Envelope C3</translation>
    </message>
    <message>
        <source>Envelope C4</source>
        <translation>Envelope C4</translation>
    </message>
    <message>
        <source>Envelope C5</source>
        <translation>Envelope C5</translation>
    </message>
    <message>
        <source>Envelope C6</source>
        <translation>Envelope C6</translation>
    </message>
    <message>
        <source>Envelope C7</source>
        <translation>Envelope C7</translation>
    </message>
    <message>
        <source>Executive (7.5 x 10 in)</source>
        <translation>Executive (7.5 x 10 in)</translation>
    </message>
    <message>
        <source>A4 Plus</source>
        <translation>A4 Plus</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>A3 Extra</source>
        <translation>A3 Extra</translation>
    </message>
    <message>
        <source>Quarto</source>
        <translation>Quarto</translation>
    </message>
    <message>
        <source>PRC 32K Big</source>
        <translation>PRC 32K Big</translation>
    </message>
    <message>
        <source>A4 Extra</source>
        <translation>A4 Extra</translation>
    </message>
    <message>
        <source>A4 Small</source>
        <translation>A4 Small</translation>
    </message>
    <message>
        <source>Executive (7.25 x 10.5 in)</source>
        <translation>Executive (7.25 x 10.5 in)</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>Postcard</translation>
    </message>
    <message>
        <source>Tabloid / ANSI B</source>
        <translation>Tabloid / ANSI B</translation>
    </message>
    <message>
        <source>A5 Extra</source>
        <translation>A5 Extra</translation>
    </message>
    <message>
        <source>B5 Extra</source>
        <translation>B5 Extra</translation>
    </message>
    <message>
        <source>Envelope Invite</source>
        <translation>Envelope Invite</translation>
    </message>
    <message>
        <source>Envelope Chou 3</source>
        <translation>Envelope Chou 3</translation>
    </message>
    <message>
        <source>Envelope Chou 4</source>
        <translation>Envelope Chou 4</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Fan-fold German (8.5 x 12 in)</source>
        <translation>Fan-fold German (8.5 x 12 in)</translation>
    </message>
    <message>
        <source>Envelope PRC 10</source>
        <translation>Envelope PRC 10</translation>
    </message>
    <message>
        <source>Envelope Kaku 2</source>
        <translation>Envelope Kaku 2</translation>
    </message>
    <message>
        <source>Envelope Kaku 3</source>
        <translation>Envelope Kaku 3</translation>
    </message>
    <message>
        <source>Envelope US 9</source>
        <translation>Envelope US 9</translation>
    </message>
    <message>
        <source>%1 x %2 in</source>
        <translation>%1 x %2 in</translation>
    </message>
    <message>
        <source>Super A</source>
        <translation>Super A</translation>
    </message>
    <message>
        <source>Super B</source>
        <translation>Super B</translation>
    </message>
    <message>
        <source>Fan-fold US (14.875 x 11 in)</source>
        <translation>Fan-fold US (14.875 x 11 in)</translation>
    </message>
    <message>
        <source>Fan-fold German Legal (8.5 x 13 in)</source>
        <translation>Fan-fold German Legal (8.5 x 13 in)</translation>
    </message>
    <message>
        <source>Custom (%1in x %2in)</source>
        <translation>Custom (%1in x %2in)</translation>
    </message>
    <message>
        <source>Custom (%1mm x %2mm)</source>
        <translation>Custom (%1mm x %2mm)</translation>
    </message>
    <message>
        <source>Custom (%1CC x %2CC)</source>
        <translation>Custom (%1CC x %2CC)</translation>
    </message>
    <message>
        <source>Custom (%1DD x %2DD)</source>
        <translation>Custom (%1DD x %2DD)</translation>
    </message>
    <message>
        <source>Custom (%1pc x %2pc)</source>
        <translation>Custom (%1pc x %2pc)</translation>
    </message>
    <message>
        <source>Custom (%1pt x %2pt)</source>
        <translation>Custom (%1pt x %2pt)</translation>
    </message>
    <message>
        <source>Letter Plus</source>
        <translation>Letter Plus</translation>
    </message>
    <message>
        <source>Tabloid Extra</source>
        <translation>Tabloid Extra</translation>
    </message>
    <message>
        <source>Envelope Italian</source>
        <translation>Envelope Italian</translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation>Double Postcard</translation>
    </message>
    <message>
        <source>Legal Extra</source>
        <translation>Legal Extra</translation>
    </message>
    <message>
        <source>Folio (8.27 x 13 in)</source>
        <translation>Folio (8.27 x 13 in)</translation>
    </message>
    <message>
        <source>Ledger / ANSI B</source>
        <translation>Ledger / ANSI B</translation>
    </message>
    <message>
        <source>Envelope Personal</source>
        <translation>Envelope Personal</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Even Pages</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Options &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Options &gt;&gt;</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Left to Right, Top to Bottom</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Right to Left, Bottom to Top</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Write PDF file</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 already exists.
Do you want to overwrite it?</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Left to Right, Bottom to Top</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Odd Pages</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Local file</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Print to File (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Print To File ...</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Right to Left, Top to Bottom</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Bottom to Top, Left to Right</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>All Pages</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 is a directory.
Please choose a different file name.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>File %1 is not writable.
Please choose a different file name.</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Bottom to Top, Right to Left</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Top to Bottom, Left to Right</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Top to Bottom, Right to Left</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>There are conflicts in duplex settings. Do you want to fix them?</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Invalid Pages Definition</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Duplex Settings Conflicts</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Page Setup</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Page setup</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Show overview of all pages</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Show single page</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Export to PDF</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Show facing pages</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Job Options</source>
        <translation>Job Options</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>Printer Properties</translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Advanced Option Conflicts</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Page Setup Conflicts</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>There are conflicts in some advanced options. Do you want to fix them?</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>There are conflicts in page setup options. Do you want to fix them?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>There are conflicts in some options. Please fix them.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Print all</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Current Page</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Long side</source>
        <translation>Long side</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Print range</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Color Mode</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Output Settings</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Grayscale</translation>
    </message>
    <message>
        <source>Short side</source>
        <translation>Short side</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Collate</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Pages from</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Page Set:</translation>
    </message>
    <message>
        <source>Duplex Printing</source>
        <translation>Duplex Printing</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Short side binding</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Long side binding</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Double Sided Printing</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Output &amp;file:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;roperties</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Scroll down</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>Scroll here</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Scroll left</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Bottom</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Page up</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Page right</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Scroll up</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Scroll right</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Left edge</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Page down</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Page left</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Right edge</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>option %1 needs a value</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unexpected argument %1</translation>
    </message>
    <message>
        <source>--lang must be vi or en</source>
        <translation>--lang must be vi or en</translation>
    </message>
    <message>
        <source>--from and --to are required (dates as YYYY-MM-DD)</source>
        <translation>--from and --to are required (dates as YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o FILE is required</translation>
    </message>
    <message>
        <source>--from: %1 is not a date of the form YYYY-MM-DD</source>
        <translation>--from: %1 is not a date of the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--to: %1 is not a date of the form YYYY-MM-DD</source>
        <translation>--to: %1 is not a date of the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>the period ends (%1) before it starts (%2)</translation>
    </message>
    <message>
        <source>the report could not be written to %1: %2</source>
        <translation>the report could not be written to %1: %2</translation>
    </message>
    <message>
        <source>report: %1 persons, %2 receptions in %3 – %4 written to %5
</source>
        <translation>report: %1 persons, %2 receptions in %3 – %4 written to %5
</translation>
    </message>
    <message>
        <source>run &quot;safereturn report --help&quot; for usage</source>
        <translation>run &quot;safereturn report --help&quot; for usage</translation>
    </message>
    <message>
        <source>safereturn report: %1
</source>
        <translation>safereturn report: %1
</translation>
    </message>
    <message>
        <source>--format must be pdf, html, json, odt or xlsx</source>
        <translation>--format must be pdf, html, json, odt or xlsx</translation>
    </message>
    <message>
        <source>Usage:
  safereturn report [--db FILE|LOCATION | --server NAME] [--lang vi|en] --user NAME --from YYYY-MM-DD --to YYYY-MM-DD [--format pdf|html|json|odt|xlsx] -o FILE

Writes the period summary report (default format: pdf). xlsx writes its tables as an Excel workbook, one sheet per section, the figures as numbers.
The password of --user is read from SAFERETURN_PASSWORD or typed at the prompt.
--db also takes a server location, postgresql://USER@HOST[:PORT]/DATABASE, and --server the name of a saved server profile; the server&apos;s password is typed at the prompt or read from PGPASSWORD or ~/.pgpass, never from the command line.
Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad dates.
</source>
        <translation>Usage:
  safereturn report [--db FILE|LOCATION | --server NAME] [--lang vi|en] --user NAME --from YYYY-MM-DD --to YYYY-MM-DD [--format pdf|html|json|odt|xlsx] -o FILE

Writes the period summary report (default format: pdf). xlsx writes its tables as an Excel workbook, one sheet per section, the figures as numbers.
The password of --user is read from SAFERETURN_PASSWORD or typed at the prompt.
--db also takes a server location, postgresql://USER@HOST[:PORT]/DATABASE, and --server the name of a saved server profile; the server&apos;s password is typed at the prompt or read from PGPASSWORD or ~/.pgpass, never from the command line.
Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad dates.
</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>backup file not found: %1</source>
        <translation>backup file not found: %1</translation>
    </message>
    <message>
        <source>the users of %1 could not be read: %2</source>
        <translation>the users of %1 could not be read: %2</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of SafeReturn; the database was not changed</source>
        <translation>%1 was made by a newer version of SafeReturn; the database was not changed</translation>
    </message>
    <message>
        <source>%1 is the database itself, one of its journal files or a database in use, not a backup; the database was not changed</source>
        <translation>%1 is the database itself, one of its journal files or a database in use, not a backup; the database was not changed</translation>
    </message>
    <message>
        <source>restore from %1 failed: %2</source>
        <translation>restore from %1 failed: %2</translation>
    </message>
    <message>
        <source>%1 restored from %2</source>
        <translation>%1 restored from %2</translation>
    </message>
    <message>
        <source>Passphrase of the encrypted backup: </source>
        <translation>Passphrase of the encrypted backup: </translation>
    </message>
    <message>
        <source>%1 is encrypted: set SAFERETURN_PASSPHRASE or type the passphrase at the prompt</source>
        <translation>%1 is encrypted: set SAFERETURN_PASSPHRASE or type the passphrase at the prompt</translation>
    </message>
    <message>
        <source>wrong passphrase for %1, or the file is damaged; the database was not changed</source>
        <translation>wrong passphrase for %1, or the file is damaged; the database was not changed</translation>
    </message>
    <message>
        <source>%1 holds records but no user accounts, so a backup may not be restored into it without a login. Create the first administrator with &quot;safereturn user add --role administrator NAME&quot;, then run the restore with --user NAME.</source>
        <translation>%1 holds records but no user accounts, so a backup may not be restored into it without a login. Create the first administrator with &quot;safereturn user add --role administrator NAME&quot;, then run the restore with --user NAME.</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>option %1 needs a value</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unexpected argument %1</translation>
    </message>
    <message>
        <source>server init needs --db postgresql://USER@HOST[:PORT]/DATABASE or --server NAME</source>
        <translation>server init needs --db postgresql://USER@HOST[:PORT]/DATABASE or --server NAME</translation>
    </message>
    <message>
        <source>server migrate needs --to postgresql://USER@HOST[:PORT]/DATABASE or --server NAME</source>
        <translation>server migrate needs --to postgresql://USER@HOST[:PORT]/DATABASE or --server NAME</translation>
    </message>
    <message>
        <source>%1 must name a server database: postgresql://USER@HOST[:PORT]/DATABASE</source>
        <translation>%1 must name a server database: postgresql://USER@HOST[:PORT]/DATABASE</translation>
    </message>
    <message>
        <source>server migrate needs --from FILE (the database file)</source>
        <translation>server migrate needs --from FILE (the database file)</translation>
    </message>
    <message>
        <source>--lang must be vi or en</source>
        <translation>--lang must be vi or en</translation>
    </message>
    <message>
        <source>Usage:
  safereturn server init (--db LOCATION | --server NAME) [--grant ROLE]
  safereturn server migrate --from FILE (--to LOCATION | --server NAME)

For the administrator of a database server (docs/server.md). LOCATION is
postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]; the server password is
typed at the prompt or read from PGPASSWORD or ~/.pgpass, never from the
command line.
init creates SafeReturn&apos;s tables in an empty server database; its USER must be
allowed to create tables (the database&apos;s owner). --grant ROLE then gives the
server role used every day what SafeReturn needs, and no right to change tables.
migrate copies every record, reference list, setting, user and audit row of the
database FILE into an empty server database that init prepared, in one
transaction, then compares the row counts and the period report on both sides.
Ctrl+C stops it and leaves the server database unchanged.
Exit codes: 0 success, 1 runtime failure or a difference found, 2 bad usage.
</source>
        <translation>Usage:
  safereturn server init (--db LOCATION | --server NAME) [--grant ROLE]
  safereturn server migrate --from FILE (--to LOCATION | --server NAME)

For the administrator of a database server (docs/server.md). LOCATION is
postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]; the server password is
typed at the prompt or read from PGPASSWORD or ~/.pgpass, never from the
command line.
init creates SafeReturn&apos;s tables in an empty server database; its USER must be
allowed to create tables (the database&apos;s owner). --grant ROLE then gives the
server role used every day what SafeReturn needs, and no right to change tables.
migrate copies every record, reference list, setting, user and audit row of the
database FILE into an empty server database that init prepared, in one
transaction, then compares the row counts and the period report on both sides.
Ctrl+C stops it and leaves the server database unchanged.
Exit codes: 0 success, 1 runtime failure or a difference found, 2 bad usage.
</translation>
    </message>
    <message>
        <source>run &quot;safereturn server %1 --help&quot; for usage</source>
        <translation>run &quot;safereturn server %1 --help&quot; for usage</translation>
    </message>
    <message>
        <source>--server must name a saved server profile</source>
        <translation>--server must name a saved server profile</translation>
    </message>
    <message>
        <source>the server user of %1 may not create tables in this database; run server init as the database&apos;s owner (docs/server.md), nothing was changed</source>
        <translation>the server user of %1 may not create tables in this database; run server init as the database&apos;s owner (docs/server.md), nothing was changed</translation>
    </message>
    <message>
        <source>SafeReturn&apos;s tables (schema version %1) were created in %2
</source>
        <translation>SafeReturn&apos;s tables (schema version %1) were created in %2
</translation>
    </message>
    <message>
        <source>%1 already holds SafeReturn&apos;s tables (schema version %2); nothing was created
</source>
        <translation>%1 already holds SafeReturn&apos;s tables (schema version %2); nothing was created
</translation>
    </message>
    <message>
        <source>--grant: a server role name of lower-case letters, digits and &quot;_&quot;, at most 63 characters</source>
        <translation>--grant: a server role name of lower-case letters, digits and &quot;_&quot;, at most 63 characters</translation>
    </message>
    <message>
        <source>there is no server role named &quot;%1&quot;; create it first (docs/server.md), then run server init --grant again</source>
        <translation>there is no server role named &quot;%1&quot;; create it first (docs/server.md), then run server init --grant again</translation>
    </message>
    <message>
        <source>the rights of %1 could not be granted: %2</source>
        <translation>the rights of %1 could not be granted: %2</translation>
    </message>
    <message>
        <source>the server role %1 may now read, add and change SafeReturn&apos;s records in this database; it may not delete records nor change tables
</source>
        <translation>the server role %1 may now read, add and change SafeReturn&apos;s records in this database; it may not delete records nor change tables
</translation>
    </message>
    <message>
        <source>--from: %1 is not a database file</source>
        <translation>--from: %1 is not a database file</translation>
    </message>
    <message>
        <source>server migrate: computing the report summaries…
</source>
        <translation>server migrate: computing the report summaries…
</translation>
    </message>
    <message>
        <source>server migrate: %1: %2 / %3 rows</source>
        <translation>server migrate: %1: %2 / %3 rows</translation>
    </message>
    <message>
        <source>stopped; the server database was not changed</source>
        <translation>stopped; the server database was not changed</translation>
    </message>
    <message>
        <source>the server database already holds records, users or audit rows (table %1); a migration goes only into an empty database that &quot;safereturn server init&quot; prepared; nothing was changed</source>
        <translation>the server database already holds records, users or audit rows (table %1); a migration goes only into an empty database that &quot;safereturn server init&quot; prepared; nothing was changed</translation>
    </message>
    <message>
        <source>the copy failed and the server database was not changed: %1</source>
        <translation>the copy failed and the server database was not changed: %1</translation>
    </message>
    <message>
        <source>copied %1 to %2
</source>
        <translation>copied %1 to %2
</translation>
    </message>
    <message>
        <source>the copy was committed, but it could not be checked: %1; keep the file and ask for help before using the server</source>
        <translation>the copy was committed, but it could not be checked: %1; keep the file and ask for help before using the server</translation>
    </message>
    <message>
        <source>table	file	server
</source>
        <translation>table	file	server
</translation>
    </message>
    <message>
        <source>row counts: equal on both sides
</source>
        <translation>row counts: equal on both sides
</translation>
    </message>
    <message>
        <source>row counts: DIFFERENT (see the table above)
</source>
        <translation>row counts: DIFFERENT (see the table above)
</translation>
    </message>
    <message>
        <source>period report %1 – %2: identical on both sides
</source>
        <translation>period report %1 – %2: identical on both sides
</translation>
    </message>
    <message>
        <source>period report %1 – %2: DIFFERENT on the server
</source>
        <translation>period report %1 – %2: DIFFERENT on the server
</translation>
    </message>
    <message>
        <source>audit log on the server: hash chain intact
</source>
        <translation>audit log on the server: hash chain intact
</translation>
    </message>
    <message>
        <source>audit log on the server: hash chain BROKEN
</source>
        <translation>audit log on the server: hash chain BROKEN
</translation>
    </message>
    <message>
        <source>the copy was committed but a check found a difference; keep the file and ask for help before using the server</source>
        <translation>the copy was committed but a check found a difference; keep the file and ask for help before using the server</translation>
    </message>
    <message>
        <source>attachments on the server: %1 read back, bytes identical (SHA-256)
</source>
        <translation>attachments on the server: %1 read back, bytes identical (SHA-256)
</translation>
    </message>
    <message>
        <source>attachments on the server: %1 of %2 DIFFERENT from their SHA-256
</source>
        <translation>attachments on the server: %1 of %2 DIFFERENT from their SHA-256
</translation>
    </message>
</context>
<context>
    <name>TasksCommand</name>
    <message>
        <source>no user named &quot;%1&quot;</source>
        <translation>no user named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only a manager or an administrator may list another user&apos;s tasks</source>
        <translation>only a manager or an administrator may list another user&apos;s tasks</translation>
    </message>
    <message>
        <source>reading the tasks in %1 failed: %2</source>
        <translation>reading the tasks in %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>no user named %1</source>
        <translation>no user named %1</translation>
    </message>
    <message>
        <source>the users of %1 could not be read: %2</source>
        <translation>the users of %1 could not be read: %2</translation>
    </message>
    <message>
        <source>the first user must be an administrator: add --role administrator</source>
        <translation>the first user must be an administrator: add --role administrator</translation>
    </message>
    <message>
        <source>no password: set SAFERETURN_PASSWORD or run the command on a terminal</source>
        <translation>no password: set SAFERETURN_PASSWORD or run the command on a terminal</translation>
    </message>
    <message>
        <source>administrator %1 created</source>
        <translation>administrator %1 created</translation>
    </message>
    <message>
        <source>no new password: set SAFERETURN_NEW_PASSWORD or run the command on a terminal</source>
        <translation>no new password: set SAFERETURN_NEW_PASSWORD or run the command on a terminal</translation>
    </message>
    <message>
        <source>user %1 created (%2); the password must be changed at the first login</source>
        <translation>user %1 created (%2); the password must be changed at the first login</translation>
    </message>
    <message>
        <source>the users could not be read: %1</source>
        <translation>the users could not be read: %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>user %1 disabled</source>
        <translation>user %1 disabled</translation>
    </message>
    <message>
        <source>this command needs --user NAME; the password is read from SAFERETURN_PASSWORD or typed at the prompt</source>
        <translation>this command needs --user NAME; the password is read from SAFERETURN_PASSWORD or typed at the prompt</translation>
    </message>
    <message>
        <source>Current password for %1: </source>
        <translation>Current password for %1: </translation>
    </message>
    <message>
        <source>password of %1 changed</source>
        <translation>password of %1 changed</translation>
    </message>
    <message>
        <source>password of %1 reset; it must be changed at the next login</source>
        <translation>password of %1 reset; it must be changed at the next login</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%1 is not a SafeReturn backup; the database was not changed</source>
        <translation>%1 is not a SafeReturn backup; the database was not changed</translation>
    </message>
    <message>
        <source>login refused: wrong user name or password</source>
        <translation>login refused: wrong user name or password</translation>
    </message>
    <message>
        <source>a user named %1 already exists</source>
        <translation>a user named %1 already exists</translation>
    </message>
    <message>
        <source>user names are 2 to 64 letters (a-z, A-Z), digits, dots, hyphens or underscores</source>
        <translation>user names are 2 to 64 letters (a-z, A-Z), digits, dots, hyphens or underscores</translation>
    </message>
    <message>
        <source>the password needs at least %1 characters</source>
        <translation>the password needs at least %1 characters</translation>
    </message>
    <message>
        <source>the password is too long</source>
        <translation>the password is too long</translation>
    </message>
    <message>
        <source>this password is on the list of common passwords; choose another</source>
        <translation>this password is on the list of common passwords; choose another</translation>
    </message>
    <message>
        <source>the password must not be the user name</source>
        <translation>the password must not be the user name</translation>
    </message>
    <message>
        <source>the last active administrator cannot be disabled or lose the role</source>
        <translation>the last active administrator cannot be disabled or lose the role</translation>
    </message>
    <message>
        <source>you cannot disable your own account</source>
        <translation>you cannot disable your own account</translation>
    </message>
    <message>
        <source>no user named %1</source>
        <translation>no user named %1</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete; the database was not changed</source>
        <translation>%1 is damaged or incomplete; the database was not changed</translation>
    </message>
    <message>
        <source>%1 is not a complete SafeReturn backup: its tables, indexes or triggers differ from those of its version; the database was not changed</source>
        <translation>%1 is not a complete SafeReturn backup: its tables, indexes or triggers differ from those of its version; the database was not changed</translation>
    </message>
    <message>
        <source>%1 has no active administrator, so nobody could manage the restored database; the database was not changed</source>
        <translation>%1 has no active administrator, so nobody could manage the restored database; the database was not changed</translation>
    </message>
    <message>
        <source>%1 holds no user accounts and would remove every account of this database; restore it only into a new database without users</source>
        <translation>%1 holds no user accounts and would remove every account of this database; restore it only into a new database without users</translation>
    </message>
    <message>
        <source>the audit log in %1 was changed after it was written (its hash chain is broken); the database was not changed</source>
        <translation>the audit log in %1 was changed after it was written (its hash chain is broken); the database was not changed</translation>
    </message>
    <message>
        <source>%1 has records that point to missing records; the database was not changed</source>
        <translation>%1 has records that point to missing records; the database was not changed</translation>
    </message>
    <message>
        <source>backup to %1 failed: the disk is full</source>
        <translation>backup to %1 failed: the disk is full</translation>
    </message>
    <message>
        <source>backup to %1 failed: the database stayed locked by another program</source>
        <translation>backup to %1 failed: the database stayed locked by another program</translation>
    </message>
    <message>
        <source>backup to %1 failed: the database is damaged; restore it from a backup</source>
        <translation>backup to %1 failed: the database is damaged; restore it from a backup</translation>
    </message>
    <message>
        <source>backup to %1 failed: the database or the target could not be read or written</source>
        <translation>backup to %1 failed: the database or the target could not be read or written</translation>
    </message>
    <message>
        <source>backup to %1 failed: %2</source>
        <translation>backup to %1 failed: %2</translation>
    </message>
    <message>
        <source>the user could not be saved: %1</source>
        <translation>the user could not be saved: %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unknown option &quot;%1&quot;</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; needs a value</source>
        <translation>option &quot;%1&quot; needs a value</translation>
    </message>
    <message>
        <source>--persons needs a positive whole number</source>
        <translation>--persons needs a positive whole number</translation>
    </message>
    <message>
        <source>--seed needs a whole number (0 or more)</source>
        <translation>--seed needs a whole number (0 or more)</translation>
    </message>
    <message>
        <source>--lang must be &quot;vi&quot; or &quot;en&quot;</source>
        <translation>--lang must be &quot;vi&quot; or &quot;en&quot;</translation>
    </message>
    <message>
        <source>--role must be viewer, social_worker, manager or administrator</source>
        <translation>--role must be viewer, social_worker, manager or administrator</translation>
    </message>
    <message>
        <source>bad value for option &quot;%1&quot;</source>
        <translation>bad value for option &quot;%1&quot;</translation>
    </message>
    <message>
        <source>find needs the TEXT to search for</source>
        <translation>find needs the TEXT to search for</translation>
    </message>
    <message>
        <source>backup needs the output file: -o FILE</source>
        <translation>backup needs the output file: -o FILE</translation>
    </message>
    <message>
        <source>restore needs the backup FILE</source>
        <translation>restore needs the backup FILE</translation>
    </message>
    <message>
        <source>user needs one of: add NAME, list, disable NAME, passwd [NAME]</source>
        <translation>user needs one of: add NAME, list, disable NAME, passwd [NAME]</translation>
    </message>
    <message>
        <source>missing argument for &quot;%1&quot;</source>
        <translation>missing argument for &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--db and --server both name a database; give only one of them</source>
        <translation>--db and --server both name a database; give only one of them</translation>
    </message>
    <message>
        <source>there is no saved server named &quot;%1&quot;; &quot;safereturn server list-profiles&quot; lists them and &quot;safereturn server add-profile&quot; saves one</source>
        <translation>there is no saved server named &quot;%1&quot;; &quot;safereturn server list-profiles&quot; lists them and &quot;safereturn server add-profile&quot; saves one</translation>
    </message>
    <message>
        <source>--db: a server location is written postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]</source>
        <translation>--db: a server location is written postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>a database server password is never given on the command line (shell histories and process lists keep it): type it at the prompt, or put it in ~/.pgpass (PGPASSFILE) or PGPASSWORD</source>
        <translation>a database server password is never given on the command line (shell histories and process lists keep it): type it at the prompt, or put it in ~/.pgpass (PGPASSFILE) or PGPASSWORD</translation>
    </message>
</context>
<context>
    <name>cli_auth</name>
    <message>
        <source>this command needs --user NAME; the password is read from SAFERETURN_PASSWORD or typed at the prompt</source>
        <translation>this command needs --user NAME; the password is read from SAFERETURN_PASSWORD or typed at the prompt</translation>
    </message>
    <message>
        <source>the database has no users yet; create the first administrator with &quot;safereturn user add --role administrator NAME&quot;</source>
        <translation>the database has no users yet; create the first administrator with &quot;safereturn user add --role administrator NAME&quot;</translation>
    </message>
    <message>
        <source>no password: set SAFERETURN_PASSWORD or run the command on a terminal</source>
        <translation>no password: set SAFERETURN_PASSWORD or run the command on a terminal</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>login refused: the account is locked for %1 minutes after %2 wrong passwords</source>
        <translation>login refused: the account is locked for %1 minutes after %2 wrong passwords</translation>
    </message>
    <message>
        <source>login refused: the account is disabled</source>
        <translation>login refused: the account is disabled</translation>
    </message>
    <message>
        <source>login refused: wrong user name or password</source>
        <translation>login refused: wrong user name or password</translation>
    </message>
    <message>
        <source>permission denied: your role may not do this (%1)</source>
        <translation>permission denied: your role may not do this (%1)</translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation>Repeat: </translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>the two passwords differ</translation>
    </message>
    <message>
        <source>the password of %1 must be changed first (it was set by an administrator): run &quot;safereturn user passwd --user %1&quot;</source>
        <translation>the password of %1 must be changed first (it was set by an administrator): run &quot;safereturn user passwd --user %1&quot;</translation>
    </message>
    <message>
        <source>login refused: the role or state of this account was changed outside SafeReturn; an administrator must set it again in SafeReturn or restore a backup (&quot;safereturn check&quot; lists what differs)</source>
        <translation>login refused: the role or state of this account was changed outside SafeReturn; an administrator must set it again in SafeReturn or restore a backup (&quot;safereturn check&quot; lists what differs)</translation>
    </message>
    <message>
        <source>the disk that holds the database is full, so the login cannot be recorded; free some space, or first make a rescue copy on another disk with &quot;safereturn backup --user NAME -o FILE&quot;</source>
        <translation>the disk that holds the database is full, so the login cannot be recorded; free some space, or first make a rescue copy on another disk with &quot;safereturn backup --user NAME -o FILE&quot;</translation>
    </message>
    <message>
        <source>the database is busy with another program&apos;s changes (an import or a restore); try again when it has finished</source>
        <translation>the database is busy with another program&apos;s changes (an import or a restore); try again when it has finished</translation>
    </message>
    <message>
        <source>the database is damaged; restore it from a backup</source>
        <translation>the database is damaged; restore it from a backup</translation>
    </message>
    <message>
        <source>login failed: %1</source>
        <translation>login failed: %1</translation>
    </message>
</context>
<context>
    <name>cli_messages</name>
    <message>
        <source>the input is not valid</source>
        <translation>the input is not valid</translation>
    </message>
    <message>
        <source>it was not found</source>
        <translation>it was not found</translation>
    </message>
    <message>
        <source>someone else changed the same record meanwhile; try again</source>
        <translation>someone else changed the same record meanwhile; try again</translation>
    </message>
    <message>
        <source>a record with the same code already exists</source>
        <translation>a record with the same code already exists</translation>
    </message>
    <message>
        <source>the database is busy with another program&apos;s change (an import, a restore); try again when it has finished</source>
        <translation>the database is busy with another program&apos;s change (an import, a restore); try again when it has finished</translation>
    </message>
    <message>
        <source>the file could not be read or written</source>
        <translation>the file could not be read or written</translation>
    </message>
    <message>
        <source>no space left on the disk; nothing was written</source>
        <translation>no space left on the disk; nothing was written</translation>
    </message>
    <message>
        <source>the file is not a SafeReturn database</source>
        <translation>the file is not a SafeReturn database</translation>
    </message>
    <message>
        <source>the database was made by a newer version of SafeReturn</source>
        <translation>the database was made by a newer version of SafeReturn</translation>
    </message>
    <message>
        <source>the database file is damaged; it is read-only until it is restored from a backup (safereturn restore)</source>
        <translation>the database file is damaged; it is read-only until it is restored from a backup (safereturn restore)</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>the database is read-only</translation>
    </message>
    <message>
        <source>your role may not do this</source>
        <translation>your role may not do this</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>it was cancelled</translation>
    </message>
    <message>
        <source>that file is the open database, one of its journal files, a file this command reads or another SafeReturn database; choose another output file</source>
        <translation>that file is the open database, one of its journal files, a file this command reads or another SafeReturn database; choose another output file</translation>
    </message>
    <message>
        <source>an unexpected error occurred; the details are in the log file</source>
        <translation>an unexpected error occurred; the details are in the log file</translation>
    </message>
    <message>
        <source>database file not found: %1</source>
        <translation>database file not found: %1</translation>
    </message>
    <message>
        <source>%1 is not a SafeReturn database; it was left unchanged</source>
        <translation>%1 is not a SafeReturn database; it was left unchanged</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of SafeReturn; update SafeReturn to open it</source>
        <translation>%1 was made by a newer version of SafeReturn; update SafeReturn to open it</translation>
    </message>
    <message>
        <source>%1 is damaged (corrupt or truncated); restore it from a backup</source>
        <translation>%1 is damaged (corrupt or truncated); restore it from a backup</translation>
    </message>
    <message>
        <source>%1 is read-only; this command needs to write to it</source>
        <translation>%1 is read-only; this command needs to write to it</translation>
    </message>
    <message>
        <source>%1 is locked by another program; try again later</source>
        <translation>%1 is locked by another program; try again later</translation>
    </message>
    <message>
        <source>no space left on the disk of %1</source>
        <translation>no space left on the disk of %1</translation>
    </message>
    <message>
        <source>%1 could not be read or written</source>
        <translation>%1 could not be read or written</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 could not be opened: %2</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>permission denied for %1 (the file or its folder)</source>
        <translation>permission denied for %1 (the file or its folder)</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk</source>
        <translation>%1 is on a read-only disk</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 is a folder, not a file</translation>
    </message>
    <message>
        <source>the name %1 is too long for the disk</source>
        <translation>the name %1 is too long for the disk</translation>
    </message>
    <message>
        <source>the disk of %1 reported a read or write error (input/output error)</source>
        <translation>the disk of %1 reported a read or write error (input/output error)</translation>
    </message>
    <message>
        <source>no space left on the disk of %1; nothing was written</source>
        <translation>no space left on the disk of %1; nothing was written</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the database server does not answer; check the host name and port, the network, and that PostgreSQL runs on the server</source>
        <translation>the database server does not answer; check the host name and port, the network, and that PostgreSQL runs on the server</translation>
    </message>
    <message>
        <source>the database server refused the user name or the password; check the user of the location and the password (typed at the prompt, in ~/.pgpass or in PGPASSWORD)</source>
        <translation>the database server refused the user name or the password; check the user of the location and the password (typed at the prompt, in ~/.pgpass or in PGPASSWORD)</translation>
    </message>
    <message>
        <source>the database server needs a password: run the command on a terminal to be asked for it, or put it in ~/.pgpass (PGPASSFILE) or PGPASSWORD; never on the command line</source>
        <translation>the database server needs a password: run the command on a terminal to be asked for it, or put it in ~/.pgpass (PGPASSFILE) or PGPASSWORD; never on the command line</translation>
    </message>
    <message>
        <source>a secure (TLS) connection to the database server could not be set up, or its certificate was not accepted; ask the administrator to set up TLS on the server (sslmode=disable is only for a server on the same machine)</source>
        <translation>a secure (TLS) connection to the database server could not be set up, or its certificate was not accepted; ask the administrator to set up TLS on the server (sslmode=disable is only for a server on the same machine)</translation>
    </message>
    <message>
        <source>the server&apos;s database has no SafeReturn tables yet; an administrator creates them with: safereturn server init --db %1</source>
        <translation>the server&apos;s database has no SafeReturn tables yet; an administrator creates them with: safereturn server init --db %1</translation>
    </message>
    <message>
        <source>the server user of this connection may not do this in the database; ask the administrator to grant it SafeReturn&apos;s rights</source>
        <translation>the server user of this connection may not do this in the database; ask the administrator to grant it SafeReturn&apos;s rights</translation>
    </message>
    <message>
        <source>the connection to the database server was lost; nothing half-written was kept: check the network and run the command again</source>
        <translation>the connection to the database server was lost; nothing half-written was kept: check the network and run the command again</translation>
    </message>
    <message>
        <source>on a server, backups are made by the server administrator with pg_dump; see docs/server.md</source>
        <translation>on a server, backups are made by the server administrator with pg_dump; see docs/server.md</translation>
    </message>
    <message>
        <source>the connection to the database server was lost while the save was being confirmed; it may have been saved: look the record up before running the command again</source>
        <translation>the connection to the database server was lost while the save was being confirmed; it may have been saved: look the record up before running the command again</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes); choose the scanned file itself, or scan the paper again</source>
        <translation>the file is empty (0 bytes); choose the scanned file itself, or scan the paper again</translation>
    </message>
    <message>
        <source>the file is larger than 20 MB; scan at 200 or 300 dpi or in black and white, or split the document into several files</source>
        <translation>the file is larger than 20 MB; scan at 200 or 300 dpi or in black and white, or split the document into several files</translation>
    </message>
    <message>
        <source>the file is a Word, Excel or other office document; attach a PDF, JPEG or PNG scan, or save the document as PDF first</source>
        <translation>the file is a Word, Excel or other office document; attach a PDF, JPEG or PNG scan, or save the document as PDF first</translation>
    </message>
    <message>
        <source>the file is a picture in a format SafeReturn does not keep (GIF, BMP, WebP, HEIC…); save it as JPEG or PNG and attach that</source>
        <translation>the file is a picture in a format SafeReturn does not keep (GIF, BMP, WebP, HEIC…); save it as JPEG or PNG and attach that</translation>
    </message>
    <message>
        <source>the file is not a PDF, JPEG, PNG or TIFF file, whatever its name says; attach a PDF, JPEG or PNG scan</source>
        <translation>the file is not a PDF, JPEG, PNG or TIFF file, whatever its name says; attach a PDF, JPEG or PNG scan</translation>
    </message>
    <message>
        <source>the PDF file is incomplete: its end is missing (cut off while copying or downloading?); copy or download it again, or scan the paper again</source>
        <translation>the PDF file is incomplete: its end is missing (cut off while copying or downloading?); copy or download it again, or scan the paper again</translation>
    </message>
    <message>
        <source>the PDF file is damaged or has no page and cannot be opened; save it again from the program that made it, or scan the paper again</source>
        <translation>the PDF file is damaged or has no page and cannot be opened; save it again from the program that made it, or scan the paper again</translation>
    </message>
    <message>
        <source>the PDF file is protected by a password; save a copy without the password and attach that</source>
        <translation>the PDF file is protected by a password; save a copy without the password and attach that</translation>
    </message>
    <message>
        <source>the picture is too large: over 100 megapixels or a side over 30,000 pixels; scan at 200 or 300 dpi or make the photo smaller</source>
        <translation>the picture is too large: over 100 megapixels or a side over 30,000 pixels; scan at 200 or 300 dpi or make the photo smaller</translation>
    </message>
    <message>
        <source>the picture is damaged or incomplete (cut off while copying?) and cannot be shown whole; copy it again, or scan or photograph the paper again</source>
        <translation>the picture is damaged or incomplete (cut off while copying?) and cannot be shown whole; copy it again, or scan or photograph the paper again</translation>
    </message>
    <message>
        <source>the scanned TIFF file, converted to PDF or PNG to be kept, is larger than 20 MB; scan at 200 or 300 dpi or in black and white, or split the pages into several files</source>
        <translation>the scanned TIFF file, converted to PDF or PNG to be kept, is larger than 20 MB; scan at 200 or 300 dpi or in black and white, or split the pages into several files</translation>
    </message>
</context>
<context>
    <name>sr::domain::Hotline</name>
    <message>
        <source>The person concerned</source>
        <translation>The person concerned</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Report of suspected trafficking</source>
        <translation>Report of suspected trafficking</translation>
    </message>
    <message>
        <source>Violence or abuse</source>
        <translation>Violence or abuse</translation>
    </message>
    <message>
        <source>Emergency help</source>
        <translation>Emergency help</translation>
    </message>
    <message>
        <source>Information on policy</source>
        <translation>Information on policy</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>Advised</source>
        <translation>Advised</translation>
    </message>
    <message>
        <source>Referred to the police</source>
        <translation>Referred to the police</translation>
    </message>
    <message>
        <source>Referred to the Border Guard</source>
        <translation>Referred to the Border Guard</translation>
    </message>
    <message>
        <source>Referred to health services</source>
        <translation>Referred to health services</translation>
    </message>
    <message>
        <source>Referred to the centre</source>
        <translation>Referred to the centre</translation>
    </message>
    <message>
        <source>Admitted to the shelter</source>
        <translation>Admitted to the shelter</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Case opened</translation>
    </message>
</context>
<context>
    <name>sr::domain::RecordType</name>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>Plan goal</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation>Hotline call</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Prevention club</source>
        <translation>Prevention club</translation>
    </message>
    <message>
        <source>Prevention activity</source>
        <translation>Prevention activity</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Border gate</source>
        <translation>Border gate</translation>
    </message>
    <message>
        <source>Support type</source>
        <translation>Support type</translation>
    </message>
    <message>
        <source>Task rule</source>
        <translation>Task rule</translation>
    </message>
    <message>
        <source>Attachment type</source>
        <translation>Attachment type</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Shelter room</source>
        <translation>Shelter room</translation>
    </message>
    <message>
        <source>Shelter stay</source>
        <translation>Shelter stay</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
</context>
<context>
    <name>sr::domain::Shelter</name>
    <message>
        <source>Handed over to family</source>
        <translation>Handed over to family</translation>
    </message>
    <message>
        <source>Returned to home locality</source>
        <translation>Returned to home locality</translation>
    </message>
    <message>
        <source>Transferred to another facility</source>
        <translation>Transferred to another facility</translation>
    </message>
    <message>
        <source>Moved to another room</source>
        <translation>Moved to another room</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>sr::messages::ReportMessages</name>
    <message>
        <source>name of the organisation</source>
        <translation>name of the organisation</translation>
    </message>
    <message>
        <source>abbreviation</source>
        <translation>abbreviation</translation>
    </message>
    <message>
        <source>place in the date line</source>
        <translation>place in the date line</translation>
    </message>
    <message>
        <source>title of the head</source>
        <translation>title of the head</translation>
    </message>
    <message>
        <source>title of the deputy</source>
        <translation>title of the deputy</translation>
    </message>
    <message>
        <source>name of the signer</source>
        <translation>name of the signer</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>recipients</translation>
    </message>
    <message>
        <source>The report&apos;s header and signature lack: %1. They print as dotted lines; fill them in under Registers → Reference lists → Organisation before the report is signed.</source>
        <translation>The report&apos;s header and signature lack: %1. They print as dotted lines; fill them in under Registers → Reference lists → Organisation before the report is signed.</translation>
    </message>
</context>
<context>
    <name>sr::services</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>The file has a header row but no data rows.</translation>
    </message>
    <message>
        <source>The file has more than 1,000,000 rows; split it into smaller files.</source>
        <translation>The file has more than 1,000,000 rows; split it into smaller files.</translation>
    </message>
    <message>
        <source>The file is not in UTF-8 (it may be Windows-1258 or TCVN3). Open it in Excel or LibreOffice and save it again as &quot;CSV UTF-8 (Comma delimited)&quot;.</source>
        <translation>The file is not in UTF-8 (it may be Windows-1258 or TCVN3). Open it in Excel or LibreOffice and save it again as &quot;CSV UTF-8 (Comma delimited)&quot;.</translation>
    </message>
    <message>
        <source>A quoted cell starting here is never closed by a quote.</source>
        <translation>A quoted cell starting here is never closed by a quote.</translation>
    </message>
    <message>
        <source>Unexpected text after the closing quote of a cell.</source>
        <translation>Unexpected text after the closing quote of a cell.</translation>
    </message>
    <message>
        <source>The cell is larger than 1 MB.</source>
        <translation>The cell is larger than 1 MB.</translation>
    </message>
    <message>
        <source>This is a de-identified export; only full exports and the template can be imported.</source>
        <translation>This is a de-identified export; only full exports and the template can be imported.</translation>
    </message>
    <message>
        <source>Unknown column.</source>
        <translation>Unknown column.</translation>
    </message>
    <message>
        <source>The column appears twice in the header.</source>
        <translation>The column appears twice in the header.</translation>
    </message>
    <message>
        <source>A required column is missing from the header.</source>
        <translation>A required column is missing from the header.</translation>
    </message>
    <message>
        <source>The row does not have as many cells as the header.</source>
        <translation>The row does not have as many cells as the header.</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>A value is required.</translation>
    </message>
    <message>
        <source>Not one of the allowed codes.</source>
        <translation>Not one of the allowed codes.</translation>
    </message>
    <message>
        <source>Not a valid date (YYYY-MM-DD).</source>
        <translation>Not a valid date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation>Not a whole number.</translation>
    </message>
    <message>
        <source>The number must not be negative.</source>
        <translation>The number must not be negative.</translation>
    </message>
    <message>
        <source>The value is out of range.</source>
        <translation>The value is out of range.</translation>
    </message>
    <message>
        <source>The value has the wrong format.</source>
        <translation>The value has the wrong format.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>The date is in the future.</translation>
    </message>
    <message>
        <source>The date is before the person&apos;s birth.</source>
        <translation>The date is before the person&apos;s birth.</translation>
    </message>
    <message>
        <source>The date is before the reception.</source>
        <translation>The date is before the reception.</translation>
    </message>
    <message>
        <source>The value does not agree with other values of the row.</source>
        <translation>The value does not agree with other values of the row.</translation>
    </message>
    <message>
        <source>The value is too long.</source>
        <translation>The value is too long.</translation>
    </message>
    <message>
        <source>Unknown value of a reference list (use --add-missing-reference to add agencies, support types and border gates).</source>
        <translation>Unknown value of a reference list (use --add-missing-reference to add agencies, support types and border gates).</translation>
    </message>
    <message>
        <source>The case code already exists (use --update to update it).</source>
        <translation>The case code already exists (use --update to update it).</translation>
    </message>
    <message>
        <source>The record already exists (use --update to update it).</source>
        <translation>The record already exists (use --update to update it).</translation>
    </message>
    <message>
        <source>The same record appears twice in the file.</source>
        <translation>The same record appears twice in the file.</translation>
    </message>
    <message>
        <source>The same case code has different personal details in another row.</source>
        <translation>The same case code has different personal details in another row.</translation>
    </message>
    <message>
        <source>No reception of this case code on this date.</source>
        <translation>No reception of this case code on this date.</translation>
    </message>
    <message>
        <source>Unknown handover batch.</source>
        <translation>Unknown handover batch.</translation>
    </message>
    <message>
        <source>Unknown value of an official list (ethnic groups, provinces, communes, countries): write its code or its name as in the list; an import never adds to these lists.</source>
        <translation>Unknown value of an official list (ethnic groups, provinces, communes, countries): write its code or its name as in the list; an import never adds to these lists.</translation>
    </message>
    <message>
        <source>This is the list of attachments of a full export: it describes the files but does not hold them, so it cannot be imported. Attachments travel in backups and server migrations; import the receptions, supports and batches files.</source>
        <translation>This is the list of attachments of a full export: it describes the files but does not hold them, so it cannot be imported. Attachments travel in backups and server migrations; import the receptions, supports and batches files.</translation>
    </message>
    <message>
        <source>No case has this case code.</source>
        <translation>No case has this case code.</translation>
    </message>
    <message>
        <source>The header matches no known table (receptions, supports, batches, clubs, activities).</source>
        <translation>The header matches no known table (receptions, supports, batches, clubs, activities).</translation>
    </message>
    <message>
        <source>Unknown prevention club: import the clubs file of the same export first.</source>
        <translation>Unknown prevention club: import the clubs file of the same export first.</translation>
    </message>
    <message>
        <source>Not a room in use of the shelter rooms list: write the room&apos;s code as in Reference lists &gt; Shelter rooms.</source>
        <translation>Not a room in use of the shelter rooms list: write the room&apos;s code as in Reference lists &gt; Shelter rooms.</translation>
    </message>
    <message>
        <source>The person already stays in a shelter on one of these days (in the database or an earlier row).</source>
        <translation>The person already stays in a shelter on one of these days (in the database or an earlier row).</translation>
    </message>
    <message>
        <source>The room has no bed left on one of these days (its capacity is reached).</source>
        <translation>The room has no bed left on one of these days (its capacity is reached).</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx). Save it from Excel or LibreOffice as &quot;Excel Workbook (.xlsx)&quot; or as CSV UTF-8.</source>
        <translation>The file is not an Excel workbook (.xlsx). Save it from Excel or LibreOffice as &quot;Excel Workbook (.xlsx)&quot; or as CSV UTF-8.</translation>
    </message>
    <message>
        <source>The workbook is damaged or incomplete. Open it in Excel or LibreOffice and save it again.</source>
        <translation>The workbook is damaged or incomplete. Open it in Excel or LibreOffice and save it again.</translation>
    </message>
    <message>
        <source>The workbook contains a document type declaration (DOCTYPE), which spreadsheet programs never write; it is refused for safety.</source>
        <translation>The workbook contains a document type declaration (DOCTYPE), which spreadsheet programs never write; it is refused for safety.</translation>
    </message>
    <message>
        <source>A part of the workbook is too large once unpacked, or packed far more than a spreadsheet can be; it is refused for safety.</source>
        <translation>A part of the workbook is too large once unpacked, or packed far more than a spreadsheet can be; it is refused for safety.</translation>
    </message>
    <message>
        <source>The workbook holds too many different texts (over 2,000,000 or 256 MB); split it into smaller files.</source>
        <translation>The workbook holds too many different texts (over 2,000,000 or 256 MB); split it into smaller files.</translation>
    </message>
    <message>
        <source>The sheet has a value beyond its 1,024th column (AMJ); delete the columns that do not belong to the table.</source>
        <translation>The sheet has a value beyond its 1,024th column (AMJ); delete the columns that do not belong to the table.</translation>
    </message>
    <message>
        <source>A row or cell of the sheet has an impossible position (out of range, repeated or out of order). Open the workbook in Excel or LibreOffice and save it again.</source>
        <translation>A row or cell of the sheet has an impossible position (out of range, repeated or out of order). Open the workbook in Excel or LibreOffice and save it again.</translation>
    </message>
    <message>
        <source>The workbook has no sheet of this name.</source>
        <translation>The workbook has no sheet of this name.</translation>
    </message>
</context>
<context>
    <name>sr::ui::AccountForm</name>
    <message>
        <source>The password needs at least %1 characters; it must not be a common password or the user name.</source>
        <translation>The password needs at least %1 characters; it must not be a common password or the user name.</translation>
    </message>
    <message>
        <source>S&amp;how password</source>
        <translation>S&amp;how password</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock is on.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ActionQuestion</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>sr::ui::ActivityEditor</name>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Date (from):</source>
        <translation>&amp;Date (from):</translation>
    </message>
    <message>
        <source>one day: leave blank</source>
        <translation>one day: leave blank</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Commune &amp;list:</source>
        <translation>Commune &amp;list:</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>C&amp;lub:</source>
        <translation>C&amp;lub:</translation>
    </message>
    <message>
        <source>(choose the club)</source>
        <translation>(choose the club)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>T&amp;otal:</source>
        <translation>T&amp;otal:</translation>
    </message>
    <message>
        <source>of whom &amp;women:</source>
        <translation>of whom &amp;women:</translation>
    </message>
    <message>
        <source>of whom ethnic &amp;minorities:</source>
        <translation>of whom ethnic &amp;minorities:</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Organisers and notes</source>
        <translation>Organisers and notes</translation>
    </message>
    <message>
        <source>e.g. Department of Labour, Invalids and Social Affairs</source>
        <translation>e.g. Department of Labour, Invalids and Social Affairs</translation>
    </message>
    <message>
        <source>Or&amp;ganiser:</source>
        <translation>Or&amp;ganiser:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Not&amp;es:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>(province-wide or not recorded)</source>
        <translation>(province-wide or not recorded)</translation>
    </message>
    <message>
        <source>Prevention activity: %1</source>
        <translation>Prevention activity: %1</translation>
    </message>
    <message>
        <source>New prevention activity</source>
        <translation>New prevention activity</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>What was typed in this activity is not saved. Discard it?</source>
        <translation>What was typed in this activity is not saved. Discard it?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date of the activity</source>
        <translation>Date of the activity</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Ethnic minorities</source>
        <translation>Ethnic minorities</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Club</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>sr::ui::AgencyChoices</name>
    <message>
        <source>(historical) %1</source>
        <translation>(historical) %1</translation>
    </message>
</context>
<context>
    <name>sr::ui::ApprovalDialog</name>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>C&amp;losing date:</source>
        <translation>C&amp;losing date:</translation>
    </message>
    <message>
        <source>A request of this kind is already waiting for a decision: wait for it, or withdraw it first.</source>
        <translation>A request of this kind is already waiting for a decision: wait for it, or withdraw it first.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ArchiveReasonDialog</name>
    <message>
        <source>e.g. entered twice by mistake</source>
        <translation>e.g. entered twice by mistake</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
</context>
<context>
    <name>sr::ui::AttachDialog</name>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>A scan or a photo of a paper of this case: PDF, JPEG, PNG or TIFF (converted on the way in), up to 20 MB. It is stored inside the database, so a backup holds it.</source>
        <translation>A scan or a photo of a paper of this case: PDF, JPEG, PNG or TIFF (converted on the way in), up to 20 MB. It is stored inside the database, so a backup holds it.</translation>
    </message>
    <message>
        <source>The scanned file</source>
        <translation>The scanned file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>(choose the kind of paper)</source>
        <translation>(choose the kind of paper)</translation>
    </message>
    <message>
        <source>&amp;Kind of paper:</source>
        <translation>&amp;Kind of paper:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy (the date on the paper; optional)</source>
        <translation>dd/mm/yyyy (the date on the paper; optional)</translation>
    </message>
    <message>
        <source>&amp;Date of the paper:</source>
        <translation>&amp;Date of the paper:</translation>
    </message>
    <message>
        <source>&amp;Attached to:</source>
        <translation>&amp;Attached to:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>A&amp;ttach</source>
        <translation>A&amp;ttach</translation>
    </message>
    <message>
        <source>Choose the scan or photo</source>
        <translation>Choose the scan or photo</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kind of paper</source>
        <translation>Kind of paper</translation>
    </message>
    <message>
        <source>Date of the paper</source>
        <translation>Date of the paper</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>sr::ui::AttachmentTexts</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>This attachment is damaged: its stored content no longer matches its SHA-256 fingerprint, so it is not shown. Restore the database from a backup, or attach the paper again.</source>
        <translation>This attachment is damaged: its stored content no longer matches its SHA-256 fingerprint, so it is not shown. Restore the database from a backup, or attach the paper again.</translation>
    </message>
</context>
<context>
    <name>sr::ui::AttachmentViewer</name>
    <message>
        <source>Attachment — %1</source>
        <translation>Attachment — %1</translation>
    </message>
    <message>
        <source>Dated %1</source>
        <translation>Dated %1</translation>
    </message>
    <message>
        <source>Pre&amp;vious page (PgUp)</source>
        <translation>Pre&amp;vious page (PgUp)</translation>
    </message>
    <message>
        <source>&amp;Next page (PgDn)</source>
        <translation>&amp;Next page (PgDn)</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <source>Fit &amp;page</source>
        <translation>Fit &amp;page</translation>
    </message>
    <message>
        <source>&amp;100 %</source>
        <translation>&amp;100 %</translation>
    </message>
    <message>
        <source>Zoom &amp;in (Ctrl++)</source>
        <translation>Zoom &amp;in (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom &amp;out (Ctrl+-)</source>
        <translation>Zoom &amp;out (Ctrl+-)</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Fit to window</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <source>&amp;Close (Esc)</source>
        <translation>&amp;Close (Esc)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>Save a copy of the attachment</translation>
    </message>
    <message>
        <source>A copy was saved to %1. It is outside the database now: keep it safe, and delete it when it is no longer needed.</source>
        <translation>A copy was saved to %1. It is outside the database now: keep it safe, and delete it when it is no longer needed.</translation>
    </message>
</context>
<context>
    <name>sr::ui::AttachmentsPanel</name>
    <message>
        <source>Kind of paper</source>
        <translation>Kind of paper</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Attached to</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Added on</translation>
    </message>
    <message>
        <source>S&amp;how archived</source>
        <translation>S&amp;how archived</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Attach…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>Archi&amp;ve…</source>
        <translation>Archi&amp;ve…</translation>
    </message>
    <message>
        <source>Reception %1</source>
        <translation>Reception %1</translation>
    </message>
    <message>
        <source>Support: %1 %2</source>
        <translation>Support: %1 %2</translation>
    </message>
    <message>
        <source>Follow-up %1</source>
        <translation>Follow-up %1</translation>
    </message>
    <message>
        <source>An archived record</source>
        <translation>An archived record</translation>
    </message>
    <message>
        <source>%1 (the person)</source>
        <translation>%1 (the person)</translation>
    </message>
    <message>
        <source>Save the case first (Ctrl+S); then attach its papers here.</source>
        <translation>Save the case first (Ctrl+S); then attach its papers here.</translation>
    </message>
    <message>
        <source>No papers attached yet. Attach the scanned identification decision, the reception minutes, the consent form or a photo: Attach… or drop the files here (PDF, JPEG, PNG or TIFF, up to 20 MB each).</source>
        <translation>No papers attached yet. Attach the scanned identification decision, the reception minutes, the consent form or a photo: Attach… or drop the files here (PDF, JPEG, PNG or TIFF, up to 20 MB each).</translation>
    </message>
    <message>
        <source>The scanned papers and photos of this case. Enter or a double click opens one; drop files here to attach them.</source>
        <translation>The scanned papers and photos of this case. Enter or a double click opens one; drop files here to attach them.</translation>
    </message>
    <message>
        <source>%1 (archived: %2)</source>
        <translation>%1 (archived: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n more dropped file(s) will be offered after this one.</source>
        <translation>
            <numerusform>%n more dropped file will be offered after this one.</numerusform>
            <numerusform>%n more dropped files will be offered after this one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached: %1.</source>
        <translation>Attached: %1.</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>Save a copy of the attachment</translation>
    </message>
    <message>
        <source>A copy was saved to %1. It is outside the database now: keep it safe, and delete it when it is no longer needed.</source>
        <translation>A copy was saved to %1. It is outside the database now: keep it safe, and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <source>Archive attachment</source>
        <translation>Archive attachment</translation>
    </message>
    <message>
        <source>The attachment leaves the case&apos;s list but is kept in the database, with its content; &quot;Show archived&quot; lists it again.</source>
        <translation>The attachment leaves the case&apos;s list but is kept in the database, with its content; &quot;Show archived&quot; lists it again.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Archived.</translation>
    </message>
</context>
<context>
    <name>sr::ui::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Report made</translation>
    </message>
    <message>
        <source>CSV export</source>
        <translation>CSV export</translation>
    </message>
    <message>
        <source>Encrypted export</source>
        <translation>Encrypted export</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>CSV import</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Audit log exported</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Database check</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>Demonstration data</translation>
    </message>
    <message>
        <source>Refused (not allowed)</source>
        <translation>Refused (not allowed)</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Screen unlocked</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>User created</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>User disabled</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>User enabled</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Password change failed</source>
        <translation>Password change failed</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Record no. %1</source>
        <translation>Record no. %1</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Case code</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>Administrative units</source>
        <translation>Administrative units</translation>
    </message>
    <message>
        <source>Consent to services</source>
        <translation>Consent to services</translation>
    </message>
    <message>
        <source>Consent to sharing information</source>
        <translation>Consent to sharing information</translation>
    </message>
    <message>
        <source>Consent to statistics</source>
        <translation>Consent to statistics</translation>
    </message>
    <message>
        <source>Route of identification</source>
        <translation>Route of identification</translation>
    </message>
    <message>
        <source>Forms of exploitation</source>
        <translation>Forms of exploitation</translation>
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
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>Schooling</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Legal regime</source>
        <translation>Legal regime</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>Password fingerprint</source>
        <translation>Password fingerprint</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Receptions</source>
        <translation>Receptions</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Supports</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Handover batches</source>
        <translation>Handover batches</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Persons created</source>
        <translation>Persons created</translation>
    </message>
    <message>
        <source>Persons updated</source>
        <translation>Persons updated</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>unknown user name</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>account locked</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>account disabled</translation>
    </message>
    <message>
        <source>account changed outside SafeReturn</source>
        <translation>account changed outside SafeReturn</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Date of the paper</source>
        <translation>Date of the paper</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>File type</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Converted from</source>
        <translation>Converted from</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>Saved a copy of an attachment</source>
        <translation>Saved a copy of an attachment</translation>
    </message>
    <message>
        <source>Case exported (encrypted ZIP)</source>
        <translation>Case exported (encrypted ZIP)</translation>
    </message>
    <message>
        <source>Opened an attachment</source>
        <translation>Opened an attachment</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Printed: %1</translation>
    </message>
    <message>
        <source>case file</source>
        <translation>case file</translation>
    </message>
    <message>
        <source>reception minutes</source>
        <translation>reception minutes</translation>
    </message>
    <message>
        <source>support receipt list</source>
        <translation>support receipt list</translation>
    </message>
</context>
<context>
    <name>sr::ui::AuditViewer</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>(all users)</source>
        <translation>(all users)</translation>
    </message>
    <message>
        <source>(all actions)</source>
        <translation>(all actions)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>case code</source>
        <translation>case code</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction:</translation>
    </message>
    <message>
        <source>C&amp;ase:</source>
        <translation>C&amp;ase:</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Your role may not view the audit log.</source>
        <translation>Your role may not view the audit log.</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation>The audit log could not be read.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported.</source>
        <translation>
            <numerusform>%n row exported.</numerusform>
            <numerusform>%n rows exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>sr::ui::AuthMessages</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>This account is locked for %1 minutes after %2 wrong passwords.</source>
        <translation>This account is locked for %1 minutes after %2 wrong passwords.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>This account is disabled. Ask an administrator.</translation>
    </message>
    <message>
        <source>A user name has 2 to 64 letters (a-z), digits, dots, hyphens or underscores.</source>
        <translation>A user name has 2 to 64 letters (a-z), digits, dots, hyphens or underscores.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>The password is too long.</translation>
    </message>
    <message>
        <source>This password is on the list of common passwords. Choose another.</source>
        <translation>This password is on the list of common passwords. Choose another.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>The password must not be the user name.</translation>
    </message>
    <message>
        <source>The last active administrator cannot be disabled or lose the role.</source>
        <translation>The last active administrator cannot be disabled or lose the role.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>Choose between 1 and 240 minutes.</source>
        <translation>Choose between 1 and 240 minutes.</translation>
    </message>
    <message>
        <source>A user with this name already exists.</source>
        <translation>A user with this name already exists.</translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile. Try again.</source>
        <translation>Someone else changed this meanwhile. Try again.</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>The database is open read-only.</translation>
    </message>
    <message>
        <source>The change could not be saved (error %1).</source>
        <translation>The change could not be saved (error %1).</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask an administrator.</source>
        <translation>Your role does not allow this. Ask an administrator.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The role or state of this account was changed outside SafeReturn. An administrator must set it again in SafeReturn or restore a backup.</source>
        <translation>The role or state of this account was changed outside SafeReturn. An administrator must set it again in SafeReturn or restore a backup.</translation>
    </message>
</context>
<context>
    <name>sr::ui::BackupDialog</name>
    <message>
        <source>Backup and restore</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase (recommended)</source>
        <translation>&amp;Encrypt with a passphrase (recommended)</translation>
    </message>
    <message>
        <source>Write &amp;backup</source>
        <translation>Write &amp;backup</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>Con&amp;firm:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>Re&amp;store…</source>
        <translation>Re&amp;store…</translation>
    </message>
    <message>
        <source>Pass&amp;phrase (encrypted files):</source>
        <translation>Pass&amp;phrase (encrypted files):</translation>
    </message>
    <message>
        <source>Automatic backup on exit</source>
        <translation>Automatic backup on exit</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Once a day, the newest 14 are kept. These copies are not encrypted and stay in a folder only your account can read.</source>
        <translation>Once a day, the newest 14 are kept. These copies are not encrypted and stay in a folder only your account can read.</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>Choose the backup file.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>The passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <source>Your role may not make backups.</source>
        <translation>Your role may not make backups.</translation>
    </message>
    <message>
        <source>Encrypted backup written to %1.</source>
        <translation>Encrypted backup written to %1.</translation>
    </message>
    <message>
        <source>Backup written to %1. It is not encrypted: keep it on this computer.</source>
        <translation>Backup written to %1. It is not encrypted: keep it on this computer.</translation>
    </message>
    <message>
        <source>Your role may not restore backups.</source>
        <translation>Your role may not restore backups.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file is damaged. The database was not changed.</source>
        <translation>Wrong passphrase, or the file is damaged. The database was not changed.</translation>
    </message>
    <message>
        <source>The backup is damaged or incomplete. The database was not changed.</source>
        <translation>The backup is damaged or incomplete. The database was not changed.</translation>
    </message>
    <message>
        <source>This is not a SafeReturn backup. The database was not changed.</source>
        <translation>This is not a SafeReturn backup. The database was not changed.</translation>
    </message>
    <message>
        <source>The backup was made by a newer SafeReturn. The database was not changed.</source>
        <translation>The backup was made by a newer SafeReturn. The database was not changed.</translation>
    </message>
    <message>
        <source>The database was restored from %1.</source>
        <translation>The database was restored from %1.</translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>Choose the backup file to restore.</translation>
    </message>
    <message>
        <source>Replace every record of this database with the backup %1?</source>
        <translation>Replace every record of this database with the backup %1?</translation>
    </message>
    <message>
        <source>The backup could not be written. %1</source>
        <translation>The backup could not be written. %1</translation>
    </message>
    <message>
        <source>This file is the database itself, one of its journal files or a database in use, not a backup. The database was not changed.</source>
        <translation>This file is the database itself, one of its journal files or a database in use, not a backup. The database was not changed.</translation>
    </message>
    <message>
        <source>The restore failed. %1 The database was not changed.</source>
        <translation>The restore failed. %1 The database was not changed.</translation>
    </message>
    <message>
        <source>&amp;Replace with the backup</source>
        <translation>&amp;Replace with the backup</translation>
    </message>
</context>
<context>
    <name>sr::ui::BatchEditor</name>
    <message>
        <source>Handover</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>&amp;Border gate:</source>
        <translation>&amp;Border gate:</translation>
    </message>
    <message>
        <source>e.g. Dongxing Border Police</source>
        <translation>e.g. Dongxing Border Police</translation>
    </message>
    <message>
        <source>&amp;Handing-over agency:</source>
        <translation>&amp;Handing-over agency:</translation>
    </message>
    <message>
        <source>&amp;Receiving unit:</source>
        <translation>&amp;Receiving unit:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Not&amp;es:</translation>
    </message>
    <message>
        <source>Persons handed over</source>
        <translation>Persons handed over</translation>
    </message>
    <message>
        <source>&amp;Total:</source>
        <translation>&amp;Total:</translation>
    </message>
    <message>
        <source>&amp;Male:</source>
        <translation>&amp;Male:</translation>
    </message>
    <message>
        <source>&amp;Female:</source>
        <translation>&amp;Female:</translation>
    </message>
    <message>
        <source>Childre&amp;n (under 16):</source>
        <translation>Childre&amp;n (under 16):</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>&amp;Classified and verified</source>
        <translation>&amp;Classified and verified</translation>
    </message>
    <message>
        <source>Persons &amp;verified:</source>
        <translation>Persons &amp;verified:</translation>
    </message>
    <message>
        <source>C&amp;ases identified:</source>
        <translation>C&amp;ases identified:</translation>
    </message>
    <message>
        <source>V&amp;ictims identified:</source>
        <translation>V&amp;ictims identified:</translation>
    </message>
    <message>
        <source>Receptions linked to this handover</source>
        <translation>Receptions linked to this handover</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Case code</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>New handover</source>
        <translation>New handover</translation>
    </message>
    <message>
        <source>Handover of %1</source>
        <translation>Handover of %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The changes to this handover are not saved. Discard them?</source>
        <translation>The changes to this handover are not saved. Discard them?</translation>
    </message>
    <message>
        <source>Save the handover first. Receptions are linked to it in the case editor (Reception, Handover batch).</source>
        <translation>Save the handover first. Receptions are linked to it in the case editor (Reception, Handover batch).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reception(s) linked. Receptions are linked in the case editor (Reception, Handover batch).</source>
        <translation>
            <numerusform>%Ln reception linked. Receptions are linked in the case editor (Reception, Handover batch).</numerusform>
            <numerusform>%Ln receptions linked. Receptions are linked in the case editor (Reception, Handover batch).</numerusform>
        </translation>
    </message>
    <message>
        <source>Date of the handover</source>
        <translation>Date of the handover</translation>
    </message>
    <message>
        <source>Border gate</source>
        <translation>Border gate</translation>
    </message>
    <message>
        <source>Handing-over agency</source>
        <translation>Handing-over agency</translation>
    </message>
    <message>
        <source>Receiving unit</source>
        <translation>Receiving unit</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Classified and verified</source>
        <translation>Classified and verified</translation>
    </message>
    <message>
        <source>Persons verified</source>
        <translation>Persons verified</translation>
    </message>
    <message>
        <source>Cases identified</source>
        <translation>Cases identified</translation>
    </message>
    <message>
        <source>Victims identified</source>
        <translation>Victims identified</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1 is required: type it as dd/mm/yyyy.</source>
        <translation>%1 is required: type it as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>%1 is not a valid date: type it as dd/mm/yyyy.</source>
        <translation>%1 is not a valid date: type it as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Male and female together are more than the persons handed over: check the three numbers.</source>
        <translation>Male and female together are more than the persons handed over: check the three numbers.</translation>
    </message>
    <message>
        <source>Persons verified are entered but the handover is not marked as classified and verified: tick the box or set the number to 0.</source>
        <translation>Persons verified are entered but the handover is not marked as classified and verified: tick the box or set the number to 0.</translation>
    </message>
    <message>
        <source>%1 cannot be more than the persons handed over.</source>
        <translation>%1 cannot be more than the persons handed over.</translation>
    </message>
    <message>
        <source>%1: a handover has at least one person; enter how many were handed over.</source>
        <translation>%1: a handover has at least one person; enter how many were handed over.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
</context>
<context>
    <name>sr::ui::BatchRegister</name>
    <message>
        <source>Border handover register</source>
        <translation>Border handover register</translation>
    </message>
    <message>
        <source>&amp;Handed over between</source>
        <translation>&amp;Handed over between</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Show &amp;archived</translation>
    </message>
    <message>
        <source>&amp;New handover…</source>
        <translation>&amp;New handover…</translation>
    </message>
    <message>
        <source>New handover (Ctrl+N)</source>
        <translation>New handover (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>A&amp;rchive…</source>
        <translation>A&amp;rchive…</translation>
    </message>
    <message>
        <source>New handover</source>
        <translation>New handover</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Your role shows no case records, so the handover register is not shown.</source>
        <translation>Your role shows no case records, so the handover register is not shown.</translation>
    </message>
    <message>
        <source>This database is open read-only: handovers can be looked at but not changed.</source>
        <translation>This database is open read-only: handovers can be looked at but not changed.</translation>
    </message>
    <message>
        <source>Your role may look at handovers but not change them.</source>
        <translation>Your role may look at handovers but not change them.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln handover(s)</source>
        <comment>register status line</comment>
        <translation>
            <numerusform>%Ln handover</numerusform>
            <numerusform>%Ln handovers</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive handover</source>
        <translation>Archive handover</translation>
    </message>
    <message>
        <source>The handover of %1 is kept (with its links to receptions) but no longer listed or counted.</source>
        <translation>The handover of %1 is kept (with its links to receptions) but no longer listed or counted.</translation>
    </message>
</context>
<context>
    <name>sr::ui::BatchTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Border gate</source>
        <translation>Border gate</translation>
    </message>
    <message>
        <source>Handing-over agency</source>
        <translation>Handing-over agency</translation>
    </message>
    <message>
        <source>Receiving unit</source>
        <translation>Receiving unit</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Classified</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Victims</translation>
    </message>
</context>
<context>
    <name>sr::ui::CallForm</name>
    <message>
        <source>Hotline call</source>
        <translation>Hotline call</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>T&amp;ime</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;uration</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Line</translation>
    </message>
    <message>
        <source>Call&amp;er</source>
        <translation>Call&amp;er</translation>
    </message>
    <message>
        <source>Caller&apos;s na&amp;me</source>
        <translation>Caller&apos;s na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Ur&amp;gency</source>
        <translation>Ur&amp;gency</translation>
    </message>
    <message>
        <source>Se&amp;x of the person concerned</source>
        <translation>Se&amp;x of the person concerned</translation>
    </message>
    <message>
        <source>&amp;Age band</source>
        <translation>&amp;Age band</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation>Pro&amp;vince</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Action ta&amp;ken</source>
        <translation>Action ta&amp;ken</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the call (Enter)</source>
        <translation>Save the call (Enter)</translation>
    </message>
    <message>
        <source>Save and &amp;new</source>
        <translation>Save and &amp;new</translation>
    </message>
    <message>
        <source>Save the call and start the next one (Ctrl+N)</source>
        <translation>Save the call and start the next one (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Linked to a case</source>
        <translation>Linked to a case</translation>
    </message>
    <message>
        <source>Hotline call of %1</source>
        <translation>Hotline call of %1</translation>
    </message>
    <message>
        <source>New hotline call</source>
        <translation>New hotline call</translation>
    </message>
    <message numerus="yes">
        <source>Call saved (%Ln this session). Next call.</source>
        <translation>
            <numerusform>Call saved (%Ln this session). Next call.</numerusform>
            <numerusform>Call saved (%Ln this session). Next call.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date of the call</source>
        <translation>Date of the call</translation>
    </message>
    <message>
        <source>Time of the call</source>
        <translation>Time of the call</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>Caller&apos;s name</translation>
    </message>
    <message>
        <source>Caller&apos;s phone</source>
        <translation>Caller&apos;s phone</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Case code</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
</context>
<context>
    <name>sr::ui::CallRegister</name>
    <message>
        <source>Hotline call log 18001769</source>
        <translation>Hotline call log 18001769</translation>
    </message>
    <message>
        <source>Calls &amp;between</source>
        <translation>Calls &amp;between</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>All reasons</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>Ac&amp;tion</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Show &amp;archived</translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation>&amp;New call…</translation>
    </message>
    <message>
        <source>Log a new call (Ctrl+N)</source>
        <translation>Log a new call (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Link to case…</source>
        <translation>&amp;Link to case…</translation>
    </message>
    <message>
        <source>The call became a case: link it to the case&apos;s code</source>
        <translation>The call became a case: link it to the case&apos;s code</translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation>Arc&amp;hive…</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>New call</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Your role does not log hotline calls, so the call log is not shown. The period report counts the calls.</source>
        <translation>Your role does not log hotline calls, so the call log is not shown. The period report counts the calls.</translation>
    </message>
    <message>
        <source>This database is open read-only: calls can be looked at but not logged.</source>
        <translation>This database is open read-only: calls can be looked at but not logged.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <comment>call log status line</comment>
        <translation>
            <numerusform>%Ln call</numerusform>
            <numerusform>%Ln calls</numerusform>
        </translation>
    </message>
    <message>
        <source>Link to case</source>
        <translation>Link to case</translation>
    </message>
    <message>
        <source>The call of %1 became a case. &amp;Case code:</source>
        <translation>The call of %1 became a case. &amp;Case code:</translation>
    </message>
    <message>
        <source>Archive call</source>
        <translation>Archive call</translation>
    </message>
    <message>
        <source>The call of %1 is kept but no longer listed or counted.</source>
        <translation>The call of %1 is kept but no longer listed or counted.</translation>
    </message>
    <message>
        <source>No call matches these filters. Clear a filter to see more.</source>
        <translation>No call matches these filters. Clear a filter to see more.</translation>
    </message>
    <message>
        <source>No calls logged yet. Press Ctrl+N to log a call to the hotline 18001769 as it comes in: the form starts at the current time and needs nothing personal for an anonymous caller.</source>
        <translation>No calls logged yet. Press Ctrl+N to log a call to the hotline 18001769 as it comes in: the form starts at the current time and needs nothing personal for an anonymous caller.</translation>
    </message>
</context>
<context>
    <name>sr::ui::CallTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
</context>
<context>
    <name>sr::ui::CaseEditor</name>
    <message>
        <source>Rece&amp;ption:</source>
        <translation>Rece&amp;ption:</translation>
    </message>
    <message>
        <source>Add reception</source>
        <translation>Add reception</translation>
    </message>
    <message>
        <source>Archive reception…</source>
        <translation>Archive reception…</translation>
    </message>
    <message>
        <source>&amp;1 · Person</source>
        <translation>&amp;1 · Person</translation>
    </message>
    <message>
        <source>&amp;2 · Reception</source>
        <translation>&amp;2 · Reception</translation>
    </message>
    <message>
        <source>&amp;3 · Supports</source>
        <translation>&amp;3 · Supports</translation>
    </message>
    <message>
        <source>&amp;4 · Follow-ups</source>
        <translation>&amp;4 · Follow-ups</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Restored from an unsaved draft. Check it and save (Ctrl+S).</source>
        <translation>Restored from an unsaved draft. Check it and save (Ctrl+S).</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (new)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Save the new person first; then add further receptions.</source>
        <translation>Save the new person first; then add further receptions.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>The draft could not be written: %1</source>
        <translation>The draft could not be written: %1</translation>
    </message>
    <message>
        <source>Reception %1</source>
        <translation>Reception %1</translation>
    </message>
    <message>
        <source>support %1</source>
        <translation>support %1</translation>
    </message>
    <message>
        <source>follow-up %1</source>
        <translation>follow-up %1</translation>
    </message>
    <message>
        <source>This case was changed by someone else after you opened it, so your changes were not saved. Reload shows the stored version (your changes are lost); or copy what you typed elsewhere first.</source>
        <translation>This case was changed by someone else after you opened it, so your changes were not saved. Reload shows the stored version (your changes are lost); or copy what you typed elsewhere first.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Saved as case %1.</source>
        <translation>Saved as case %1.</translation>
    </message>
    <message>
        <source>The reception was added to the existing person. Check it and save (Ctrl+S).</source>
        <translation>The reception was added to the existing person. Check it and save (Ctrl+S).</translation>
    </message>
    <message>
        <source>Reloaded the stored version.</source>
        <translation>Reloaded the stored version.</translation>
    </message>
    <message>
        <source>Archive reception</source>
        <translation>Archive reception</translation>
    </message>
    <message>
        <source>Reception archived.</source>
        <translation>Reception archived.</translation>
    </message>
    <message>
        <source>Support archived.</source>
        <translation>Support archived.</translation>
    </message>
    <message>
        <source>Follow-up archived.</source>
        <translation>Follow-up archived.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This case has changes that are not saved.</source>
        <translation>This case has changes that are not saved.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Save them before closing?</translation>
    </message>
    <message>
        <source>Unsaved case forms</source>
        <translation>Unsaved case forms</translation>
    </message>
    <message numerus="yes">
        <source>%n case form(s) were not saved when SafeReturn last closed (for example after a power cut). Restore them?</source>
        <translation>
            <numerusform>%n case form was not saved when SafeReturn last closed (for example after a power cut). Restore it?</numerusform>
            <numerusform>%n case forms were not saved when SafeReturn last closed (for example after a power cut). Restore them?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Archive case…</source>
        <translation>Archive case…</translation>
    </message>
    <message>
        <source>This reception, with its supports and follow-ups, stays in the database (and the audit log) but is no longer shown or counted in reports.</source>
        <translation>This reception, with its supports and follow-ups, stays in the database (and the audit log) but is no longer shown or counted in reports.</translation>
    </message>
    <message>
        <source>Archive case</source>
        <translation>Archive case</translation>
    </message>
    <message>
        <source>The whole case of %1 (%2), with every reception, support and follow-up, stays in the database and the audit log but leaves the case list and the reports. &quot;Show archived&quot; in the case list finds it again.</source>
        <translation>The whole case of %1 (%2), with every reception, support and follow-up, stays in the database and the audit log but leaves the case list and the reports. &quot;Show archived&quot; in the case list finds it again.</translation>
    </message>
    <message>
        <source>A manager&apos;s decision changed this case. Reload to see it (your unsaved changes would be lost).</source>
        <translation>A manager&apos;s decision changed this case. Reload to see it (your unsaved changes would be lost).</translation>
    </message>
    <message>
        <source>&amp;5 · Plan</source>
        <translation>&amp;5 · Plan</translation>
    </message>
    <message>
        <source>&amp;6 · Tasks</source>
        <translation>&amp;6 · Tasks</translation>
    </message>
    <message>
        <source>&amp;7 · Timeline</source>
        <translation>&amp;7 · Timeline</translation>
    </message>
    <message>
        <source>&amp;8 · Attachments</source>
        <translation>&amp;8 · Attachments</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print case &amp;file…</source>
        <translation>Print case &amp;file…</translation>
    </message>
    <message>
        <source>Print reception &amp;minutes…</source>
        <translation>Print reception &amp;minutes…</translation>
    </message>
    <message>
        <source>Print support &amp;receipts…</source>
        <translation>Print support &amp;receipts…</translation>
    </message>
    <message>
        <source>Your role may not print cases.</source>
        <translation>Your role may not print cases.</translation>
    </message>
    <message>
        <source>Prints the case as saved; unsaved changes are not printed.</source>
        <translation>Prints the case as saved; unsaved changes are not printed.</translation>
    </message>
    <message>
        <source>Save the new case first; then print it.</source>
        <translation>Save the new case first; then print it.</translation>
    </message>
    <message>
        <source>Admit to shelter… (Ctrl+Shift+T)</source>
        <translation>Admit to shelter… (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Your role may not admit persons to a shelter.</source>
        <translation>Your role may not admit persons to a shelter.</translation>
    </message>
    <message>
        <source>The database is open read-only: nobody can be admitted.</source>
        <translation>The database is open read-only: nobody can be admitted.</translation>
    </message>
    <message>
        <source>Save the reception first (Ctrl+S); then admit the person to a shelter.</source>
        <translation>Save the reception first (Ctrl+S); then admit the person to a shelter.</translation>
    </message>
    <message>
        <source>Admits the person of the reception chosen above to a shelter room.</source>
        <translation>Admits the person of the reception chosen above to a shelter room.</translation>
    </message>
    <message>
        <source>Admitted to shelter.</source>
        <translation>Admitted to shelter.</translation>
    </message>
</context>
<context>
    <name>sr::ui::CaseFields</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Other names</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Estimated age</translation>
    </message>
    <message>
        <source>Estimated age as of</source>
        <translation>Estimated age as of</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>Family contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Reception date</source>
        <translation>Reception date</translation>
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
        <source>Deciding agency</source>
        <translation>Deciding agency</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Basis of the decision</source>
        <translation>Basis of the decision</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Support type</source>
        <translation>Support type</translation>
    </message>
    <message>
        <source>Support date</source>
        <translation>Support date</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Quantity / days</source>
        <translation>Quantity / days</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>%1 is required: fill it in.</source>
        <translation>%1 is required: fill it in.</translation>
    </message>
    <message>
        <source>%1: a CCCD number has exactly 12 digits.</source>
        <translation>%1: a CCCD number has exactly 12 digits.</translation>
    </message>
    <message>
        <source>%1: type a whole number of đồng, e.g. 1500000 or 1.500.000.</source>
        <translation>%1: type a whole number of đồng, e.g. 1500000 or 1.500.000.</translation>
    </message>
    <message>
        <source>%1 is not in the expected form: check what was typed.</source>
        <translation>%1 is not in the expected form: check what was typed.</translation>
    </message>
    <message>
        <source>%1 is not a valid date: type it as dd/mm/yyyy (or mm/yyyy, or the year only for a birth date).</source>
        <translation>%1 is not a valid date: type it as dd/mm/yyyy (or mm/yyyy, or the year only for a birth date).</translation>
    </message>
    <message>
        <source>%1 is in the future: enter a date up to today.</source>
        <translation>%1 is in the future: enter a date up to today.</translation>
    </message>
    <message>
        <source>%1 is before the person&apos;s date of birth: check both dates.</source>
        <translation>%1 is before the person&apos;s date of birth: check both dates.</translation>
    </message>
    <message>
        <source>%1 is before the reception date: check both dates.</source>
        <translation>%1 is before the reception date: check both dates.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 cannot be negative.</translation>
    </message>
    <message>
        <source>%1 is out of the allowed range.</source>
        <translation>%1 is out of the allowed range.</translation>
    </message>
    <message>
        <source>%1: a closed case needs an outcome; an open case has none.</source>
        <translation>%1: a closed case needs an outcome; an open case has none.</translation>
    </message>
    <message>
        <source>%1 does not agree with the other fields: check them.</source>
        <translation>%1 does not agree with the other fields: check them.</translation>
    </message>
    <message>
        <source>%1 is too long: shorten it.</source>
        <translation>%1 is too long: shorten it.</translation>
    </message>
    <message>
        <source>%1 is not valid.</source>
        <translation>%1 is not valid.</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Visit to the office</source>
        <translation>Visit to the office</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stable</translation>
    </message>
    <message>
        <source>Needs support</source>
        <translation>Needs support</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>A follow-up records what was found: choose the situation of at least one area (health, housing, work, schooling) or write it in %1.</source>
        <translation>A follow-up records what was found: choose the situation of at least one area (health, housing, work, schooling) or write it in %1.</translation>
    </message>
    <message>
        <source>The plan has no goal yet: add at least one goal, then submit it.</source>
        <translation>The plan has no goal yet: add at least one goal, then submit it.</translation>
    </message>
    <message>
        <source>%1: choose one of the values in the list.</source>
        <translation>%1: choose one of the values in the list.</translation>
    </message>
    <message>
        <source>%1: closing a case needs a manager&apos;s approval. Leave the case open and use &quot;Request closure…&quot; on the Plan tab.</source>
        <translation>%1: closing a case needs a manager&apos;s approval. Leave the case open and use &quot;Request closure…&quot; on the Plan tab.</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Case status</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Planned actions</source>
        <translation>Planned actions</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Review notes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Goals of the plan</source>
        <translation>Goals of the plan</translation>
    </message>
</context>
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
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
</context>
<context>
    <name>sr::ui::CasePrinting</name>
    <message>
        <source>Print the case file</source>
        <translation>Print the case file</translation>
    </message>
    <message>
        <source>Print the reception minutes</source>
        <translation>Print the reception minutes</translation>
    </message>
    <message>
        <source>Print the support receipt list</source>
        <translation>Print the support receipt list</translation>
    </message>
    <message>
        <source>Save the reception first: the minutes are printed from the saved reception.</source>
        <translation>Save the reception first: the minutes are printed from the saved reception.</translation>
    </message>
</context>
<context>
    <name>sr::ui::CaseWorkSettingsPage</name>
    <message>
        <source>Closing a case and approving a support plan need a &amp;manager&apos;s approval</source>
        <translation>Closing a case and approving a support plan need a &amp;manager&apos;s approval</translation>
    </message>
    <message>
        <source>Social workers see only the cases assigned to them (&amp;record-level access)</source>
        <translation>Social workers see only the cases assigned to them (&amp;record-level access)</translation>
    </message>
    <message>
        <source>With record-level access on, a social worker lists, finds, opens and exports only their own cases; a manager those of the workers of their team (Users → Change team) and their own, or every case without a team; an administrator every case.</source>
        <translation>With record-level access on, a social worker lists, finds, opens and exports only their own cases; a manager those of the workers of their team (Users → Change team) and their own, or every case without a team; an administrator every case.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>The case-work settings are saved.</source>
        <translation>The case-work settings are saved.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own password now.</source>
        <translation>Your password was set by an administrator. Choose your own password now.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ClubEditor</name>
    <message>
        <source>e.g. Prevention club of Hà Khánh ward</source>
        <translation>e.g. Prevention club of Hà Khánh ward</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Commune &amp;list:</source>
        <translation>Commune &amp;list:</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, or blank when not known</source>
        <translation>dd/mm/yyyy, or blank when not known</translation>
    </message>
    <message>
        <source>&amp;Founded:</source>
        <translation>&amp;Founded:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Members:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Not&amp;es:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>New prevention club</source>
        <translation>New prevention club</translation>
    </message>
    <message>
        <source>Prevention club</source>
        <translation>Prevention club</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>What was typed for this club is not saved. Discard it?</source>
        <translation>What was typed for this club is not saved. Discard it?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Name of the club</source>
        <translation>Name of the club</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Founded</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>sr::ui::DuplicateDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>This person may already be registered. If it is the same person, open the existing record and the new reception is added there; otherwise save a new person.</source>
        <translation>This person may already be registered. If it is the same person, open the existing record and the new reception is added there; otherwise save a new person.</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Case code</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>same document number</source>
        <translation>same document number</translation>
    </message>
    <message>
        <source>same name, close birth year</source>
        <translation>same name, close birth year</translation>
    </message>
    <message>
        <source>&amp;Open existing person</source>
        <translation>&amp;Open existing person</translation>
    </message>
    <message>
        <source>&amp;Save as a new person</source>
        <translation>&amp;Save as a new person</translation>
    </message>
    <message>
        <source>(another worker&apos;s case: ask your manager)</source>
        <translation>(another worker&apos;s case: ask your manager)</translation>
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
    <message>
        <source>Social work centre</source>
        <translation>Social work centre</translation>
    </message>
    <message>
        <source>Labour office</source>
        <translation>Labour office</translation>
    </message>
    <message>
        <source>Commune People&apos;s Committee</source>
        <translation>Commune People&apos;s Committee</translation>
    </message>
    <message>
        <source>Border Guard</source>
        <translation>Border Guard</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Non-governmental organisation</source>
        <translation>Non-governmental organisation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Psychological</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>Vocational training</translation>
    </message>
    <message>
        <source>Economic</source>
        <translation>Economic</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Closing the case</source>
        <translation>Closing the case</translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation>Support plan</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>task</comment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>task</comment>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>task</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Follow-up after handover to the family</source>
        <translation>Follow-up after handover to the family</translation>
    </message>
    <message>
        <source>Identification decision pending</source>
        <translation>Identification decision pending</translation>
    </message>
    <message>
        <source>Referred support without outcome</source>
        <translation>Referred support without outcome</translation>
    </message>
    <message>
        <source>Plan goal past its target date</source>
        <translation>Plan goal past its target date</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <comment>task</comment>
        <translation>Lapsed</translation>
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
    <message>
        <source>This file cannot be written: it is the open database, one of its journal files, a file being read, or another SafeReturn database. Choose another file name.</source>
        <translation>This file cannot be written: it is the open database, one of its journal files, a file being read, or another SafeReturn database. Choose another file name.</translation>
    </message>
    <message>
        <source>The database file is damaged. It is open read-only from now on, so that the damage does not spread: restore the latest backup (File → Backup and restore).</source>
        <translation>The database file is damaged. It is open read-only from now on, so that the damage does not spread: restore the latest backup (File → Backup and restore).</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Choose an existing folder.</source>
        <translation>The folder &quot;%1&quot; does not exist. Choose an existing folder.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>The system does not allow this user to use the file or its folder (permission denied). Choose another folder, such as your Documents folder.</source>
        <translation>The system does not allow this user to use the file or its folder (permission denied). Choose another folder, such as your Documents folder.</translation>
    </message>
    <message>
        <source>The disk is read-only (a write-protected USB stick or a CD?). Choose another disk.</source>
        <translation>The disk is read-only (a write-protected USB stick or a CD?). Choose another disk.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Add a file name.</source>
        <translation>This is a folder, not a file. Add a file name.</translation>
    </message>
    <message>
        <source>The name is too long for the disk. Choose a shorter name.</source>
        <translation>The name is too long for the disk. Choose a shorter name.</translation>
    </message>
    <message>
        <source>The disk reported a read or write error (input/output error). Check the disk or USB stick and try again.</source>
        <translation>The disk reported a read or write error (input/output error). Check the disk or USB stick and try again.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read or written.</source>
        <translation>The file &quot;%1&quot; could not be read or written.</translation>
    </message>
    <message>
        <source>The disk that holds &quot;%1&quot; is full. Free some space or choose another disk, and try again.</source>
        <translation>The disk that holds &quot;%1&quot; is full. Free some space or choose another disk, and try again.</translation>
    </message>
    <message>
        <source>File: &quot;%1&quot;.</source>
        <translation>File: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The database server does not answer. Check the host name and port of the connection (Settings → Servers) and the network, and ask the administrator whether the server is running.</source>
        <translation>The database server does not answer. Check the host name and port of the connection (Settings → Servers) and the network, and ask the administrator whether the server is running.</translation>
    </message>
    <message>
        <source>The database server refused the user name or the password of the connection. Type the server password again, or ask the administrator to check the server user.</source>
        <translation>The database server refused the user name or the password of the connection. Type the server password again, or ask the administrator to check the server user.</translation>
    </message>
    <message>
        <source>The database server needs a password. Type the server password in the login window.</source>
        <translation>The database server needs a password. Type the server password in the login window.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the database server could not be set up, or its certificate was not accepted. Ask the administrator to set up TLS on the server. Turning TLS off is only for a server on this same computer.</source>
        <translation>A secure (TLS) connection to the database server could not be set up, or its certificate was not accepted. Ask the administrator to set up TLS on the server. Turning TLS off is only for a server on this same computer.</translation>
    </message>
    <message>
        <source>The server&apos;s database has no SafeReturn tables yet. An administrator creates them with: safereturn server init --db %1</source>
        <translation>The server&apos;s database has no SafeReturn tables yet. An administrator creates them with: safereturn server init --db %1</translation>
    </message>
    <message>
        <source>The server user of this connection may not do this in the database. Ask the administrator to grant it SafeReturn&apos;s rights.</source>
        <translation>The server user of this connection may not do this in the database. Ask the administrator to grant it SafeReturn&apos;s rights.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost, and what was being saved was not saved. Check the network and save again.</source>
        <translation>The connection to the database server was lost, and what was being saved was not saved. Check the network and save again.</translation>
    </message>
    <message>
        <source>The server database %1 could not be opened.

%2</source>
        <translation>The server database %1 could not be opened.

%2</translation>
    </message>
    <message>
        <source>On a server, backups are made by the server administrator with pg_dump; see docs/server.md.</source>
        <translation>On a server, backups are made by the server administrator with pg_dump; see docs/server.md.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost just as the save was being confirmed, so SafeReturn cannot tell whether it was saved. Look the record up before entering it again.</source>
        <translation>The connection to the database server was lost just as the save was being confirmed, so SafeReturn cannot tell whether it was saved. Look the record up before entering it again.</translation>
    </message>
    <message>
        <source>This case is assigned to another worker, so you cannot open it. Ask your manager to assign it to you if you need it.</source>
        <translation>This case is assigned to another worker, so you cannot open it. Ask your manager to assign it to you if you need it.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes). Choose the scanned file itself, or scan the paper again.</source>
        <translation>The file is empty (0 bytes). Choose the scanned file itself, or scan the paper again.</translation>
    </message>
    <message>
        <source>The file is larger than 20 MB. Scan at 200 or 300 dpi or in black and white, or split the document into several files.</source>
        <translation>The file is larger than 20 MB. Scan at 200 or 300 dpi or in black and white, or split the document into several files.</translation>
    </message>
    <message>
        <source>The file is a Word, Excel or other office document. Attach a PDF, JPEG or PNG scan, or save the document as PDF first and attach the PDF.</source>
        <translation>The file is a Word, Excel or other office document. Attach a PDF, JPEG or PNG scan, or save the document as PDF first and attach the PDF.</translation>
    </message>
    <message>
        <source>The file is a picture in a format SafeReturn does not keep (GIF, BMP, WebP, HEIC…). Save it as JPEG or PNG and attach that.</source>
        <translation>The file is a picture in a format SafeReturn does not keep (GIF, BMP, WebP, HEIC…). Save it as JPEG or PNG and attach that.</translation>
    </message>
    <message>
        <source>The file is not a PDF, JPEG, PNG or TIFF file, whatever its name says. Attach a PDF, JPEG or PNG scan.</source>
        <translation>The file is not a PDF, JPEG, PNG or TIFF file, whatever its name says. Attach a PDF, JPEG or PNG scan.</translation>
    </message>
    <message>
        <source>The PDF file is incomplete: its end is missing (cut off while copying or downloading?). Copy or download it again, or scan the paper again.</source>
        <translation>The PDF file is incomplete: its end is missing (cut off while copying or downloading?). Copy or download it again, or scan the paper again.</translation>
    </message>
    <message>
        <source>The PDF file is damaged or has no page and cannot be opened. Save it again from the program that made it, or scan the paper again.</source>
        <translation>The PDF file is damaged or has no page and cannot be opened. Save it again from the program that made it, or scan the paper again.</translation>
    </message>
    <message>
        <source>The PDF file is protected by a password, so nobody could open it later. Save a copy without the password and attach that.</source>
        <translation>The PDF file is protected by a password, so nobody could open it later. Save a copy without the password and attach that.</translation>
    </message>
    <message>
        <source>The picture is too large: over 100 megapixels or a side over 30,000 pixels. Scan at 200 or 300 dpi or make the photo smaller, and attach it again.</source>
        <translation>The picture is too large: over 100 megapixels or a side over 30,000 pixels. Scan at 200 or 300 dpi or make the photo smaller, and attach it again.</translation>
    </message>
    <message>
        <source>The picture is damaged or incomplete (cut off while copying?) and cannot be shown whole. Copy it again, or scan or photograph the paper again.</source>
        <translation>The picture is damaged or incomplete (cut off while copying?) and cannot be shown whole. Copy it again, or scan or photograph the paper again.</translation>
    </message>
    <message>
        <source>The scanned TIFF file, converted to PDF or PNG to be kept, is larger than 20 MB. Scan at 200 or 300 dpi or in black and white, or split the pages into several files.</source>
        <translation>The scanned TIFF file, converted to PDF or PNG to be kept, is larger than 20 MB. Scan at 200 or 300 dpi or in black and white, or split the pages into several files.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was not attached.</source>
        <translation>The file &quot;%1&quot; was not attached.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ExportDialog</name>
    <message>
        <source>Receptions (one row per reception)</source>
        <translation>Receptions (one row per reception)</translation>
    </message>
    <message>
        <source>Supports (one row per support given)</source>
        <translation>Supports (one row per support given)</translation>
    </message>
    <message>
        <source>Handover batches (one row per batch)</source>
        <translation>Handover batches (one row per batch)</translation>
    </message>
    <message>
        <source>De-identified (for the Department of Labour)</source>
        <translation>De-identified (for the Department of Labour)</translation>
    </message>
    <message>
        <source>Full, with personal data</source>
        <translation>Full, with personal data</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>&amp;Cancel export</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>From – to:</source>
        <translation>From – to:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Table:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Export personal data?</source>
        <translation>Export personal data?</translation>
    </message>
    <message>
        <source>Export with personal data</source>
        <translation>Export with personal data</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>The start date is after the end date.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be written.</source>
        <translation>
            <numerusform>%Ln row will be written.</numerusform>
            <numerusform>%Ln rows will be written.</numerusform>
        </translation>
    </message>
    <message>
        <source>No names, other names, document numbers, addresses, phone numbers, family contacts or notes. The birth date becomes the age band, the commune becomes the province, and the case code becomes a stable pseudonym.</source>
        <translation>No names, other names, document numbers, addresses, phone numbers, family contacts or notes. The birth date becomes the age band, the commune becomes the province, and the case code becomes a stable pseudonym.</translation>
    </message>
    <message>
        <source>Every field, including names, dates of birth, document numbers, addresses, phone numbers, family contacts and notes. The export is recorded in the audit log.</source>
        <translation>Every field, including names, dates of birth, document numbers, addresses, phone numbers, family contacts and notes. The export is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Your role may not export personal data. Choose the de-identified mode, or ask a manager or an administrator for a full export.</source>
        <translation>Your role may not export personal data. Choose the de-identified mode, or ask a manager or an administrator for a full export.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>full names, other names, dates of birth, document numbers, addresses, phone numbers, family contacts, case codes and notes</source>
        <translation>full names, other names, dates of birth, document numbers, addresses, phone numbers, family contacts, case codes and notes</translation>
    </message>
    <message>
        <source>case codes and the notes of each support, which may name the person</source>
        <translation>case codes and the notes of each support, which may name the person</translation>
    </message>
    <message>
        <source>the notes of each batch, which may name persons</source>
        <translation>the notes of each batch, which may name persons</translation>
    </message>
    <message numerus="yes">
        <source>The file will hold personal data of returned victims: %1.

Keep it on an encrypted or access-controlled drive, send it only to authorised recipients, and delete it when it is no longer needed. The export (period, table, row count and file name) is recorded in the audit log.

Export %Ln row(s) with personal data?</source>
        <translation>
            <numerusform>The file will hold personal data of returned victims: %1.

Keep it on an encrypted or access-controlled drive, send it only to authorised recipients, and delete it when it is no longer needed. The export (period, table, row count and file name) is recorded in the audit log.

Export %Ln row with personal data?</numerusform>
            <numerusform>The file will hold personal data of returned victims: %1.

Keep it on an encrypted or access-controlled drive, send it only to authorised recipients, and delete it when it is no longer needed. The export (period, table, row count and file name) is recorded in the audit log.

Export %Ln rows with personal data?</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role may not export personal data.</source>
        <translation>Your role may not export personal data.</translation>
    </message>
    <message>
        <source>The export was not started.</source>
        <translation>The export was not started.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to:
%1</source>
        <translation>
            <numerusform>Exported %Ln row to:
%1</numerusform>
            <numerusform>Exported %Ln rows to:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>The export was cancelled. No file was written.</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>No file was written.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Encrypted &amp;ZIP (AES-256, opens with 7-Zip)</source>
        <translation>Encrypted &amp;ZIP (AES-256, opens with 7-Zip)</translation>
    </message>
    <message>
        <source>ZIP passphrase:</source>
        <translation>ZIP passphrase:</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>Repeat passphrase:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>The ZIP passphrase needs at least 10 characters.</source>
        <translation>The ZIP passphrase needs at least 10 characters.</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP files (*.zip)</translation>
    </message>
    <message>
        <source>Attachments list (full export only; names the files, not their content)</source>
        <translation>Attachments list (full export only; names the files, not their content)</translation>
    </message>
    <message>
        <source>The attachments list names each person&apos;s papers (file names and notes), so it is part of the full export only. Choose the full mode; the files themselves are never written to a CSV.</source>
        <translation>The attachments list names each person&apos;s papers (file names and notes), so it is part of the full export only. Choose the full mode; the files themselves are never written to a CSV.</translation>
    </message>
    <message>
        <source>case codes and the file names and notes of each attachment, which may name the person</source>
        <translation>case codes and the file names and notes of each attachment, which may name the person</translation>
    </message>
    <message>
        <source>The attachments list is part of the full export only.</source>
        <translation>The attachments list is part of the full export only.</translation>
    </message>
    <message>
        <source>Follow-ups (one row per follow-up contact)</source>
        <translation>Follow-ups (one row per follow-up contact)</translation>
    </message>
    <message>
        <source>Hotline calls (one row per call)</source>
        <translation>Hotline calls (one row per call)</translation>
    </message>
    <message>
        <source>case codes and the notes of each follow-up, which may name the person and their family</source>
        <translation>case codes and the notes of each follow-up, which may name the person and their family</translation>
    </message>
    <message>
        <source>the callers&apos; names and phone numbers, the case codes and the notes of each call</source>
        <translation>the callers&apos; names and phone numbers, the case codes and the notes of each call</translation>
    </message>
    <message>
        <source>Prevention clubs (one row per club)</source>
        <translation>Prevention clubs (one row per club)</translation>
    </message>
    <message>
        <source>Prevention activities (one row per activity)</source>
        <translation>Prevention activities (one row per activity)</translation>
    </message>
    <message>
        <source>the notes of each club, which may name persons</source>
        <translation>the notes of each club, which may name persons</translation>
    </message>
    <message>
        <source>the organisers, partners and notes of each activity, which may name persons</source>
        <translation>the organisers, partners and notes of each activity, which may name persons</translation>
    </message>
    <message>
        <source>Shelter stays (one row per stay in a shelter room)</source>
        <translation>Shelter stays (one row per stay in a shelter room)</translation>
    </message>
    <message>
        <source>case codes, the shelter rooms where each person stayed, and the notes of each stay</source>
        <translation>case codes, the shelter rooms where each person stayed, and the notes of each stay</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmat:</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Export data</translation>
    </message>
</context>
<context>
    <name>sr::ui::FirstAdminDialog</name>
    <message>
        <source>SafeReturn — first administrator</source>
        <translation>SafeReturn — first administrator</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator account; the administrator then adds the other users.</source>
        <translation>This database has no users yet. Create the administrator account; the administrator then adds the other users.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
</context>
<context>
    <name>sr::ui::FollowUpList</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>Schooling</translation>
    </message>
    <message>
        <source>&amp;Add follow-up</source>
        <translation>&amp;Add follow-up</translation>
    </message>
    <message>
        <source>Archive follow-up…</source>
        <translation>Archive follow-up…</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Health:</source>
        <translation>&amp;Health:</translation>
    </message>
    <message>
        <source>H&amp;ousing:</source>
        <translation>H&amp;ousing:</translation>
    </message>
    <message>
        <source>&amp;Work:</source>
        <translation>&amp;Work:</translation>
    </message>
    <message>
        <source>&amp;Schooling:</source>
        <translation>&amp;Schooling:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Archive follow-up</source>
        <translation>Archive follow-up</translation>
    </message>
    <message>
        <source>This follow-up stays in the database (and the audit log) but is no longer shown or counted.</source>
        <translation>This follow-up stays in the database (and the audit log) but is no longer shown or counted.</translation>
    </message>
</context>
<context>
    <name>sr::ui::GoalDialog</name>
    <message>
        <source>Edit goal</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>Planned a&amp;ctions:</source>
        <translation>Planned a&amp;ctions:</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>&amp;Target date:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Review notes:</source>
        <translation>&amp;Review notes:</translation>
    </message>
</context>
<context>
    <name>sr::ui::GuiApp</name>
    <message>
        <source>SafeReturn</source>
        <translation>SafeReturn</translation>
    </message>
    <message>
        <source>This computer&apos;s file (%1)</source>
        <translation>This computer&apos;s file (%1)</translation>
    </message>
    <message>
        <source>Server %1 (%2)</source>
        <translation>Server %1 (%2)</translation>
    </message>
</context>
<context>
    <name>sr::ui::HelpWindow</name>
    <message>
        <source>SafeReturn — User guide</source>
        <translation>SafeReturn — User guide</translation>
    </message>
    <message>
        <source>The user guide (%1) was not found in:
%2

Reinstall SafeReturn, or ask your administrator.</source>
        <translation>The user guide (%1) was not found in:
%2

Reinstall SafeReturn, or ask your administrator.</translation>
    </message>
    <message>
        <source>The user guide %1 could not be read: %2.</source>
        <translation>The user guide %1 could not be read: %2.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ImportWizard</name>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Update records that already exist (same case code or record identifier)</source>
        <translation>&amp;Update records that already exist (same case code or record identifier)</translation>
    </message>
    <message>
        <source>&amp;Add missing agencies, support types and border gates to the reference lists</source>
        <translation>&amp;Add missing agencies, support types and border gates to the reference lists</translation>
    </message>
    <message>
        <source>Your role may not import records. Ask a manager or an administrator.</source>
        <translation>Your role may not import records. Ask a manager or an administrator.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Nothing is written before the whole file has been checked; the next step lists every problem found.</source>
        <translation>Nothing is written before the whole file has been checked; the next step lists every problem found.</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Check the file</translation>
    </message>
    <message>
        <source>Every row is checked; nothing is written in this step.</source>
        <translation>Every row is checked; nothing is written in this step.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Confirm the import</source>
        <translation>Confirm the import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>All rows are written in one step: Cancel leaves the database as it was.</source>
        <translation>All rows are written in one step: Cancel leaves the database as it was.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of the table &quot;%1&quot; will be imported from &quot;%2&quot;.</source>
        <translation>
            <numerusform>%Ln row of the table &quot;%1&quot; will be imported from &quot;%2&quot;.</numerusform>
            <numerusform>%Ln rows of the table &quot;%1&quot; will be imported from &quot;%2&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records that already exist will be updated with the values of the file.</source>
        <translation>Records that already exist will be updated with the values of the file.</translation>
    </message>
    <message>
        <source>No record of the file exists yet; all will be created.</source>
        <translation>No record of the file exists yet; all will be created.</translation>
    </message>
    <message>
        <source>These reference values will be added: %1.</source>
        <translation>These reference values will be added: %1.</translation>
    </message>
    <message>
        <source>All rows are written together, or none. The import is recorded in the audit log.</source>
        <translation>All rows are written together, or none. The import is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Checking and writing the rows…</source>
        <translation>Checking and writing the rows…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>The import was cancelled. Nothing was written.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <source>The file changed since it was checked and now has errors. Nothing was written; start the import again.</source>
        <translation>The file changed since it was checked and now has errors. Nothing was written; start the import again.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>The file is valid: %Ln row(s) of the table &quot;%1&quot;. Press Next to continue.</source>
        <translation>
            <numerusform>The file is valid: %Ln row of the table &quot;%1&quot;. Press Next to continue.</numerusform>
            <numerusform>The file is valid: %Ln rows of the table &quot;%1&quot;. Press Next to continue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found. Nothing was written. Correct the file (or choose other options) and check it again.</source>
        <translation>
            <numerusform>%Ln problem found. Nothing was written. Correct the file (or choose other options) and check it again.</numerusform>
            <numerusform>%Ln problems found. Nothing was written. Correct the file (or choose other options) and check it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %1 are listed; %Ln more are not shown.</source>
        <translation>
            <numerusform>The first %1 are listed; %Ln more is not shown.</numerusform>
            <numerusform>The first %1 are listed; %Ln more are not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Table: %1</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Rows read: %1</translation>
    </message>
    <message>
        <source>Records created: %1</source>
        <translation>Records created: %1</translation>
    </message>
    <message>
        <source>Records updated: %1</source>
        <translation>Records updated: %1</translation>
    </message>
    <message>
        <source>Persons created: %1</source>
        <translation>Persons created: %1</translation>
    </message>
    <message>
        <source>Persons updated: %1</source>
        <translation>Persons updated: %1</translation>
    </message>
    <message>
        <source>Reference values added: none</source>
        <translation>Reference values added: none</translation>
    </message>
    <message>
        <source>Reference values added: %1</source>
        <translation>Reference values added: %1</translation>
    </message>
    <message>
        <source>Unknown value of a reference list. Tick &quot;Add missing agencies, support types and border gates&quot; on the first page to add it.</source>
        <translation>Unknown value of a reference list. Tick &quot;Add missing agencies, support types and border gates&quot; on the first page to add it.</translation>
    </message>
    <message>
        <source>The case code already exists. Tick &quot;Update records that already exist&quot; on the first page to update it.</source>
        <translation>The case code already exists. Tick &quot;Update records that already exist&quot; on the first page to update it.</translation>
    </message>
    <message>
        <source>The record already exists. Tick &quot;Update records that already exist&quot; on the first page to update it.</source>
        <translation>The record already exists. Tick &quot;Update records that already exist&quot; on the first page to update it.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>This database is open read-only: nothing can be imported into it.</source>
        <translation>This database is open read-only: nothing can be imported into it.</translation>
    </message>
    <message>
        <source>Receptions</source>
        <translation>Receptions</translation>
    </message>
    <message>
        <source>Supports given</source>
        <translation>Supports given</translation>
    </message>
    <message>
        <source>Border handover batches</source>
        <translation>Border handover batches</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agency</translation>
    </message>
    <message>
        <source>support type</source>
        <translation>support type</translation>
    </message>
    <message>
        <source>border gate</source>
        <translation>border gate</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (code %3)</source>
        <translation>%1 &quot;%2&quot; (code %3)</translation>
    </message>
    <message>
        <source>Attachments list</source>
        <translation>Attachments list</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Hotline calls</source>
        <translation>Hotline calls</translation>
    </message>
    <message>
        <source>Prevention clubs</source>
        <translation>Prevention clubs</translation>
    </message>
    <message>
        <source>Prevention activities</source>
        <translation>Prevention activities</translation>
    </message>
    <message>
        <source>Shelter stays</source>
        <translation>Shelter stays</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>Download template (&amp;CSV)…</source>
        <translation>Download template (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Download template (E&amp;xcel)…</source>
        <translation>Download template (E&amp;xcel)…</translation>
    </message>
    <message>
        <source>Download template (CSV)</source>
        <translation>Download template (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Download template (Excel)</source>
        <translation>Download template (Excel)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved as %1. Fill it in with one person per row, then import it here.</source>
        <translation>Template saved as %1. Fill it in with one person per row, then import it here.</translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>CSV files and Excel workbooks (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>column letter (column name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Import data</translation>
    </message>
    <message>
        <source>A full export of SafeReturn or a spreadsheet made from the migration template, as CSV in UTF-8 or as an Excel workbook (.xlsx).</source>
        <translation>A full export of SafeReturn or a spreadsheet made from the migration template, as CSV in UTF-8 or as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>A full export is imported one file at a time, in this order: %1.</source>
        <translation>A full export is imported one file at a time, in this order: %1.</translation>
    </message>
</context>
<context>
    <name>sr::ui::LoginDialog</name>
    <message>
        <source>SafeReturn — log in</source>
        <translation>SafeReturn — log in</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Se&amp;rver password:</source>
        <translation>Se&amp;rver password:</translation>
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
        <source>About SafeReturn</source>
        <translation>About SafeReturn</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SafeReturn %1&lt;/h3&gt;&lt;p&gt;Case management for returned victims of human trafficking.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SafeReturn %1&lt;/h3&gt;&lt;p&gt;Case management for returned victims of human trafficking.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Re&amp;gisters</source>
        <translation>Re&amp;gisters</translation>
    </message>
    <message>
        <source>&amp;Handover register…</source>
        <translation>&amp;Handover register…</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>R&amp;eports</translation>
    </message>
    <message>
        <source>&amp;Period summary report…</source>
        <translation>&amp;Period summary report…</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>Your role shows no case records: use the Reports menu for de-identified figures.</source>
        <translation>Your role shows no case records: use the Reports menu for de-identified figures.</translation>
    </message>
    <message>
        <source>&amp;Backup and restore…</source>
        <translation>&amp;Backup and restore…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>The new language is used from the next start of SafeReturn.</source>
        <translation>The new language is used from the next start of SafeReturn.</translation>
    </message>
    <message>
        <source>&amp;Reference lists…</source>
        <translation>&amp;Reference lists…</translation>
    </message>
    <message>
        <source>Name, other name, case code or document number. Accents are optional: &quot;dang&quot; finds &quot;Đặng&quot;. Down arrow: go to the list, Enter: open the case.</source>
        <translation>Name, other name, case code or document number. Accents are optional: &quot;dang&quot; finds &quot;Đặng&quot;. Down arrow: go to the list, Enter: open the case.</translation>
    </message>
    <message numerus="yes">
        <source>%1+ (counting…) / %Ln case(s)</source>
        <comment>status bar: shown so far, more are being counted / total</comment>
        <translation>
            <numerusform>%1+ (counting…) / %Ln case</numerusform>
            <numerusform>%1+ (counting…) / %Ln cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting cases…</source>
        <comment>status bar while the cases are being counted</comment>
        <translation>Counting cases…</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>SafeReturn found damage inside the database file. It is now open read-only, so that the damage does not spread to good records.

Restore the latest backup (File → Backup and restore), or ask your administrator to.</source>
        <translation>SafeReturn found damage inside the database file. It is now open read-only, so that the damage does not spread to good records.

Restore the latest backup (File → Backup and restore), or ask your administrator to.</translation>
    </message>
    <message>
        <source>This database file is damaged: it is open read-only so that the damage does not spread. Restore the latest backup (File → Backup and restore).</source>
        <translation>This database file is damaged: it is open read-only so that the damage does not spread. Restore the latest backup (File → Backup and restore).</translation>
    </message>
    <message>
        <source>Warning: this database is on a network drive. A database file may be damaged when used over a network; copy it to this computer&apos;s disk.</source>
        <translation>Warning: this database is on a network drive. A database file may be damaged when used over a network; copy it to this computer&apos;s disk.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>%1 (this version of SafeReturn writes %2)</source>
        <translation>%1 (this version of SafeReturn writes %2)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Database schema version:</source>
        <translation>Database schema version:</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Qt version:</translation>
    </message>
    <message>
        <source>SQLite version:</source>
        <translation>SQLite version:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>My work (Ctrl+1)</source>
        <translation>My work (Ctrl+1)</translation>
    </message>
    <message>
        <source>Cases (Ctrl+2)</source>
        <translation>Cases (Ctrl+2)</translation>
    </message>
    <message>
        <source>Overview (Ctrl+3)</source>
        <translation>Overview (Ctrl+3)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation>&amp;My work</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>&amp;My cases</source>
        <translation>&amp;My cases</translation>
    </message>
    <message>
        <source>Show only the cases you are responsible for (Ctrl+M)</source>
        <translation>Show only the cases you are responsible for (Ctrl+M)</translation>
    </message>
    <message>
        <source>cases nobody is responsible for</source>
        <translation>cases nobody is responsible for</translation>
    </message>
    <message>
        <source>cases of %1</source>
        <translation>cases of %1</translation>
    </message>
    <message>
        <source>one worker</source>
        <translation>one worker</translation>
    </message>
    <message>
        <source>with an open task due before %1</source>
        <translation>with an open task due before %1</translation>
    </message>
    <message>
        <source>without a support plan</source>
        <translation>without a support plan</translation>
    </message>
    <message>
        <source>Showing %1. &quot;Clear filters&quot; shows every case again.</source>
        <translation>Showing %1. &quot;Clear filters&quot; shows every case again.</translation>
    </message>
    <message>
        <source>Shel&amp;ter board…</source>
        <translation>Shel&amp;ter board…</translation>
    </message>
    <message>
        <source>Hotline &amp;call log…</source>
        <translation>Hotline &amp;call log…</translation>
    </message>
    <message>
        <source>&amp;Prevention activities and clubs…</source>
        <translation>&amp;Prevention activities and clubs…</translation>
    </message>
    <message>
        <source>&amp;What&apos;s this?</source>
        <translation>&amp;What&apos;s this?</translation>
    </message>
    <message>
        <source>Demonstration data — not for real records. The persons in this database are invented: work with real cases in another database.</source>
        <translation>Demonstration data — not for real records. The persons in this database are invented: work with real cases in another database.</translation>
    </message>
    <message>
        <source>demonstration data</source>
        <translation>demonstration data</translation>
    </message>
    <message>
        <source>&amp;Export data (CSV, Excel)…</source>
        <translation>&amp;Export data (CSV, Excel)…</translation>
    </message>
    <message>
        <source>&amp;Import data (CSV, Excel)…</source>
        <translation>&amp;Import data (CSV, Excel)…</translation>
    </message>
</context>
<context>
    <name>sr::ui::OpenCasesModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>sr::ui::OrganisationForm</name>
    <message>
        <source>e.g. TRUNG TÂM CÔNG TÁC XÃ HỘI TỈNH QUẢNG NINH</source>
        <translation>e.g. TRUNG TÂM CÔNG TÁC XÃ HỘI TỈNH QUẢNG NINH</translation>
    </message>
    <message>
        <source>&amp;Name of the organisation:</source>
        <translation>&amp;Name of the organisation:</translation>
    </message>
    <message>
        <source>e.g. SỞ Y TẾ TỈNH QUẢNG NINH</source>
        <translation>e.g. SỞ Y TẾ TỈNH QUẢNG NINH</translation>
    </message>
    <message>
        <source>Body &amp;above it:</source>
        <translation>Body &amp;above it:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <source>Street, ward or commune</source>
        <translation>Street, ward or commune</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>e.g. Hạ Long</source>
        <translation>e.g. Hạ Long</translation>
    </message>
    <message>
        <source>Printed before the date under report headers: &quot;Hạ Long, ngày …&quot;</source>
        <translation>Printed before the date under report headers: &quot;Hạ Long, ngày …&quot;</translation>
    </message>
    <message>
        <source>P&amp;lace in the date line:</source>
        <translation>P&amp;lace in the date line:</translation>
    </message>
    <message>
        <source>Case codes are made of it: QN-2026-0001. Changing it affects new cases only.</source>
        <translation>Case codes are made of it: QN-2026-0001. Changing it affects new cases only.</translation>
    </message>
    <message>
        <source>&amp;Case code prefix:</source>
        <translation>&amp;Case code prefix:</translation>
    </message>
    <message>
        <source>The organisation&apos;s details are saved.</source>
        <translation>The organisation&apos;s details are saved.</translation>
    </message>
    <message>
        <source>e.g. TTCTXH</source>
        <translation>e.g. TTCTXH</translation>
    </message>
    <message>
        <source>The agency&apos;s abbreviation in the report&apos;s number line: &quot;Số: …/BC-TTCTXH&quot;</source>
        <translation>The agency&apos;s abbreviation in the report&apos;s number line: &quot;Số: …/BC-TTCTXH&quot;</translation>
    </message>
    <message>
        <source>Abbre&amp;viation:</source>
        <translation>Abbre&amp;viation:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signing the reports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Signing the reports&lt;/b&gt;</translation>
    </message>
    <message>
        <source>e.g. GIÁM ĐỐC</source>
        <translation>e.g. GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>&amp;Title of the head:</source>
        <translation>&amp;Title of the head:</translation>
    </message>
    <message>
        <source>A deputy signs on the head&apos;s behalf (&amp;KT.)</source>
        <translation>A deputy signs on the head&apos;s behalf (&amp;KT.)</translation>
    </message>
    <message>
        <source>e.g. PHÓ GIÁM ĐỐC</source>
        <translation>e.g. PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>Title of the d&amp;eputy:</source>
        <translation>Title of the d&amp;eputy:</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn An</source>
        <translation>e.g. Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Printed under the signature</source>
        <translation>Printed under the signature</translation>
    </message>
    <message>
        <source>Name of the signe&amp;r:</source>
        <translation>Name of the signe&amp;r:</translation>
    </message>
    <message>
        <source>One per line, e.g.
Sở Y tế tỉnh Quảng Ninh
Lưu: VT</source>
        <translation>One per line, e.g.
Sở Y tế tỉnh Quảng Ninh
Lưu: VT</translation>
    </message>
    <message>
        <source>Rec&amp;ipients:</source>
        <translation>Rec&amp;ipients:</translation>
    </message>
</context>
<context>
    <name>sr::ui::OverdueByWorkerModel</name>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Overdue tasks</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
</context>
<context>
    <name>sr::ui::OverviewPage</name>
    <message>
        <source>Open cases by time since the latest reception</source>
        <translation>Open cases by time since the latest reception</translation>
    </message>
    <message>
        <source>Overdue tasks by worker</source>
        <translation>Overdue tasks by worker</translation>
    </message>
    <message>
        <source>Open cases by identification status and time since the latest reception (Enter: show the cases)</source>
        <translation>Open cases by identification status and time since the latest reception (Enter: show the cases)</translation>
    </message>
    <message>
        <source>Overdue tasks by worker (Enter: show the worker&apos;s cases)</source>
        <translation>Overdue tasks by worker (Enter: show the worker&apos;s cases)</translation>
    </message>
    <message>
        <source>Overview of case work — %1</source>
        <translation>Overview of case work — %1</translation>
    </message>
    <message>
        <source>Open cases: %1</source>
        <translation>Open cases: %1</translation>
    </message>
    <message>
        <source>Without a plan: %1</source>
        <translation>Without a plan: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Identification pending: %1</source>
        <translation>Identification pending: %1</translation>
    </message>
</context>
<context>
    <name>sr::ui::PeriodPresets</name>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>Quarter I</source>
        <translation>Quarter I</translation>
    </message>
    <message>
        <source>Quarter II</source>
        <translation>Quarter II</translation>
    </message>
    <message>
        <source>Quarter III</source>
        <translation>Quarter III</translation>
    </message>
    <message>
        <source>Quarter IV</source>
        <translation>Quarter IV</translation>
    </message>
    <message>
        <source>First six months</source>
        <translation>First six months</translation>
    </message>
    <message>
        <source>Last six months</source>
        <translation>Last six months</translation>
    </message>
    <message>
        <source>Nine months</source>
        <translation>Nine months</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>Statistical c&amp;ut-off (15th – 14th)</source>
        <translation>Statistical c&amp;ut-off (15th – 14th)</translation>
    </message>
    <message>
        <source>The reporting period of statistics set by Decree 09/2019/NĐ-CP: from the 15th of the month before the period to the 14th of its last month</source>
        <translation>The reporting period of statistics set by Decree 09/2019/NĐ-CP: from the 15th of the month before the period to the 14th of its last month</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
</context>
<context>
    <name>sr::ui::PersonForm</name>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Case code:</source>
        <translation>Case code:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>O&amp;ther names:</source>
        <translation>O&amp;ther names:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sex:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, mm/yyyy or yyyy</source>
        <translation>dd/mm/yyyy, mm/yyyy or yyyy</translation>
    </message>
    <message>
        <source>or estimated &amp;age:</source>
        <translation>or estimated &amp;age:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Date of birth:</translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation>&amp;Nationality:</translation>
    </message>
    <message>
        <source>&amp;Ethnicity:</source>
        <translation>&amp;Ethnicity:</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Identity d&amp;ocument:</source>
        <translation>Identity d&amp;ocument:</translation>
    </message>
    <message>
        <source>Permanent residence</source>
        <translation>Permanent residence</translation>
    </message>
    <message>
        <source>Units from 1/7/2025</source>
        <translation>Units from 1/7/2025</translation>
    </message>
    <message>
        <source>Units before 1/7/2025</source>
        <translation>Units before 1/7/2025</translation>
    </message>
    <message>
        <source>Administrative &amp;units:</source>
        <translation>Administrative &amp;units:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <source>&amp;Commune / ward:</source>
        <translation>&amp;Commune / ward:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <source>Contact and consent</source>
        <translation>Contact and consent</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Fa&amp;mily contact:</source>
        <translation>Fa&amp;mily contact:</translation>
    </message>
    <message>
        <source>Agrees to receive services</source>
        <translation>Agrees to receive services</translation>
    </message>
    <message>
        <source>Agrees to share information with partners</source>
        <translation>Agrees to share information with partners</translation>
    </message>
    <message>
        <source>Agrees to de-identified statistics</source>
        <translation>Agrees to de-identified statistics</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consent:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
    <message>
        <source>commune, ward or district (free text)</source>
        <translation>commune, ward or district (free text)</translation>
    </message>
    <message>
        <source>start typing to choose from the list</source>
        <translation>start typing to choose from the list</translation>
    </message>
    <message>
        <source>(given when saved)</source>
        <translation>(given when saved)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Foreign national</source>
        <translation>Foreign national</translation>
    </message>
    <message>
        <source>Type what is known: 15/03/2004, 03/2004 or 2004.</source>
        <translation>Type what is known: 15/03/2004, 03/2004 or 2004.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Date of birth&lt;/b&gt;&lt;br&gt;Type only what is known: the full date (15/03/2004), the month and year (03/2004) or the year alone (2004). Do not invent a day or a month: a partial date is kept as partial. When nothing is known, leave it empty and give an estimated age in the field beside it.</source>
        <translation>&lt;b&gt;Date of birth&lt;/b&gt;&lt;br&gt;Type only what is known: the full date (15/03/2004), the month and year (03/2004) or the year alone (2004). Do not invent a day or a month: a partial date is kept as partial. When nothing is known, leave it empty and give an estimated age in the field beside it.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Identity document&lt;/b&gt;&lt;br&gt;Citizen identity card (CCCD): exactly 12 digits, without spaces or dots; the first three are the province where the birth was registered (022 for Quảng Ninh). An old 9-digit identity card (CMND) is not a CCCD: choose &quot;Other&quot; and type its number. Passport, birth certificate or other paper: the number as printed on it. None: leave the number empty.</source>
        <translation>&lt;b&gt;Identity document&lt;/b&gt;&lt;br&gt;Citizen identity card (CCCD): exactly 12 digits, without spaces or dots; the first three are the province where the birth was registered (022 for Quảng Ninh). An old 9-digit identity card (CMND) is not a CCCD: choose &quot;Other&quot; and type its number. Passport, birth certificate or other paper: the number as printed on it. None: leave the number empty.</translation>
    </message>
    <message>
        <source>CCCD: exactly 12 digits, without spaces.</source>
        <translation>CCCD: exactly 12 digits, without spaces.</translation>
    </message>
    <message>
        <source>The list the address is written in: the units from 1/7/2025 or the units before it.</source>
        <translation>The list the address is written in: the units from 1/7/2025 or the units before it.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Administrative units&lt;/b&gt;&lt;br&gt;Provinces and communes were reorganised on 1/7/2025 (provinces merged, districts ended). Choose the list the address is written in: an address from papers issued before 1/7/2025 names the units before it, a newer one the units from 1/7/2025. The record keeps the units as written; the list of provinces below follows this choice.</source>
        <translation>&lt;b&gt;Administrative units&lt;/b&gt;&lt;br&gt;Provinces and communes were reorganised on 1/7/2025 (provinces merged, districts ended). Choose the list the address is written in: an address from papers issued before 1/7/2025 names the units before it, a newer one the units from 1/7/2025. The record keeps the units as written; the list of provinces below follows this choice.</translation>
    </message>
</context>
<context>
    <name>sr::ui::PlanPanel</name>
    <message>
        <source>Goals of the support plan</source>
        <translation>Goals of the support plan</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Planned actions</source>
        <translation>Planned actions</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Review notes</translation>
    </message>
    <message>
        <source>&amp;Add goal…</source>
        <translation>&amp;Add goal…</translation>
    </message>
    <message>
        <source>&amp;Edit goal…</source>
        <translation>&amp;Edit goal…</translation>
    </message>
    <message>
        <source>Arc&amp;hive goal…</source>
        <translation>Arc&amp;hive goal…</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Note and comment</source>
        <translation>Note and comment</translation>
    </message>
    <message>
        <source>S&amp;ubmit plan for approval…</source>
        <translation>S&amp;ubmit plan for approval…</translation>
    </message>
    <message>
        <source>Request &amp;closure…</source>
        <translation>Request &amp;closure…</translation>
    </message>
    <message>
        <source>Appro&amp;ve…</source>
        <translation>Appro&amp;ve…</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>Re&amp;turn…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>No plan yet: add the first goal.</source>
        <translation>No plan yet: add the first goal.</translation>
    </message>
    <message>
        <source>Plan drafted, not submitted for approval.</source>
        <translation>Plan drafted, not submitted for approval.</translation>
    </message>
    <message>
        <source>Plan submitted, waiting for a manager&apos;s approval.</source>
        <translation>Plan submitted, waiting for a manager&apos;s approval.</translation>
    </message>
    <message>
        <source>Plan approved.</source>
        <translation>Plan approved.</translation>
    </message>
    <message>
        <source>Plan returned by the manager: see the comment, change the goals and submit it again.</source>
        <translation>Plan returned by the manager: see the comment, change the goals and submit it again.</translation>
    </message>
    <message>
        <source>Plan changed since it was approved: submit it again for approval.</source>
        <translation>Plan changed since it was approved: submit it again for approval.</translation>
    </message>
    <message>
        <source>Save the reception first: its plan and approvals start once it is stored.</source>
        <translation>Save the reception first: its plan and approvals start once it is stored.</translation>
    </message>
    <message>
        <source>This organisation requires a manager&apos;s approval of the plan and of closing a case.</source>
        <translation>This organisation requires a manager&apos;s approval of the plan and of closing a case.</translation>
    </message>
    <message>
        <source>Approvals are optional in this organisation.</source>
        <translation>Approvals are optional in this organisation.</translation>
    </message>
    <message>
        <source>Archive goal</source>
        <translation>Archive goal</translation>
    </message>
    <message>
        <source>This goal stays in the database (and the audit log) but is no longer part of the plan.</source>
        <translation>This goal stays in the database (and the audit log) but is no longer part of the plan.</translation>
    </message>
    <message>
        <source>Submit plan for approval</source>
        <translation>Submit plan for approval</translation>
    </message>
    <message>
        <source>A manager approves the plan or returns it with a comment. Until then the request can be withdrawn.</source>
        <translation>A manager approves the plan or returns it with a comment. Until then the request can be withdrawn.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Request closure</source>
        <translation>Request closure</translation>
    </message>
    <message>
        <source>The case is closed with this outcome and date when a manager approves the request.</source>
        <translation>The case is closed with this outcome and date when a manager approves the request.</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Approving closes the case with the outcome and date asked for.</source>
        <translation>Approving closes the case with the outcome and date asked for.</translation>
    </message>
    <message>
        <source>Approving accepts the plan as it stands.</source>
        <translation>Approving accepts the plan as it stands.</translation>
    </message>
    <message>
        <source>Return to the worker</source>
        <translation>Return to the worker</translation>
    </message>
    <message>
        <source>Say what should change: the worker sees your comment.</source>
        <translation>Say what should change: the worker sees your comment.</translation>
    </message>
</context>
<context>
    <name>sr::ui::PreventionFields</name>
    <message>
        <source>%1: a club meeting names its club; choose it in the list (add the club first if needed).</source>
        <translation>%1: a club meeting names its club; choose it in the list (add the club first if needed).</translation>
    </message>
    <message>
        <source>%1: enter how many there were, at least 1.</source>
        <translation>%1: enter how many there were, at least 1.</translation>
    </message>
    <message>
        <source>%1 is before the start date: check both dates.</source>
        <translation>%1 is before the start date: check both dates.</translation>
    </message>
    <message>
        <source>%1 cannot be more than the participants in total.</source>
        <translation>%1 cannot be more than the participants in total.</translation>
    </message>
    <message>
        <source>%1: only a club meeting names a club; clear it or choose the kind &quot;Club meeting&quot;.</source>
        <translation>%1: only a club meeting names a club; clear it or choose the kind &quot;Club meeting&quot;.</translation>
    </message>
</context>
<context>
    <name>sr::ui::PreventionLabels</name>
    <message>
        <source>Leaflets</source>
        <translation>Leaflets</translation>
    </message>
    <message>
        <source>Question-and-answer booklets</source>
        <translation>Question-and-answer booklets</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panels</translation>
    </message>
    <message>
        <source>News and media items</source>
        <translation>News and media items</translation>
    </message>
    <message>
        <source>Training or conference</source>
        <translation>Training or conference</translation>
    </message>
    <message>
        <source>Community meeting</source>
        <translation>Community meeting</translation>
    </message>
    <message>
        <source>Club meeting</source>
        <translation>Club meeting</translation>
    </message>
    <message>
        <source>Decision or plan issued</source>
        <translation>Decision or plan issued</translation>
    </message>
    <message>
        <source>Border communities</source>
        <translation>Border communities</translation>
    </message>
    <message>
        <source>Ethnic minorities</source>
        <translation>Ethnic minorities</translation>
    </message>
    <message>
        <source>High-risk groups</source>
        <translation>High-risk groups</translation>
    </message>
    <message>
        <source>Officials and community leaders</source>
        <translation>Officials and community leaders</translation>
    </message>
    <message>
        <source>Pupils and students</source>
        <translation>Pupils and students</translation>
    </message>
    <message>
        <source>General public</source>
        <translation>General public</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>copies</source>
        <translation>copies</translation>
    </message>
    <message>
        <source>items</source>
        <translation>items</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>Before 1/7/2025</source>
        <translation>Before 1/7/2025</translation>
    </message>
    <message>
        <source>From 1/7/2025</source>
        <translation>From 1/7/2025</translation>
    </message>
</context>
<context>
    <name>sr::ui::PreventionRegister</name>
    <message>
        <source>Prevention activities and clubs</source>
        <translation>Prevention activities and clubs</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Activities</translation>
    </message>
    <message>
        <source>C&amp;lubs</source>
        <translation>C&amp;lubs</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Your role does not record prevention activities; their figures are in the period report.</source>
        <translation>Your role does not record prevention activities; their figures are in the period report.</translation>
    </message>
    <message>
        <source>This database is open read-only: activities and clubs can be looked at but not changed.</source>
        <translation>This database is open read-only: activities and clubs can be looked at but not changed.</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Between</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>Show a&amp;rchived</translation>
    </message>
    <message>
        <source>&amp;New activity…</source>
        <translation>&amp;New activity…</translation>
    </message>
    <message>
        <source>New activity (Ctrl+N)</source>
        <translation>New activity (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation>Arc&amp;hive…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>New &amp;club…</source>
        <translation>New &amp;club…</translation>
    </message>
    <message>
        <source>New &amp;meeting…</source>
        <translation>New &amp;meeting…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Founded</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Quảng Ninh (province-wide)</source>
        <translation>Quảng Ninh (province-wide)</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archived)</translation>
    </message>
    <message>
        <source>No activity recorded yet. Record the leaflets handed out, the panels put up, the trainings and meetings held with &quot;New activity&quot; (Ctrl+N); the period report counts them.</source>
        <translation>No activity recorded yet. Record the leaflets handed out, the panels put up, the trainings and meetings held with &quot;New activity&quot; (Ctrl+N); the period report counts them.</translation>
    </message>
    <message>
        <source>No activity recorded yet.</source>
        <translation>No activity recorded yet.</translation>
    </message>
    <message>
        <source>No activity matches the filter: widen the period or choose &quot;All kinds&quot;.</source>
        <translation>No activity matches the filter: widen the period or choose &quot;All kinds&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <comment>prevention register status line</comment>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
    <message>
        <source>No prevention club yet. Add each club with &quot;New club&quot;; its meetings are then recorded as activities of the kind &quot;Club meeting&quot;.</source>
        <translation>No prevention club yet. Add each club with &quot;New club&quot;; its meetings are then recorded as activities of the kind &quot;Club meeting&quot;.</translation>
    </message>
    <message>
        <source>No prevention club yet.</source>
        <translation>No prevention club yet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln club(s)</source>
        <comment>prevention clubs status line</comment>
        <translation>
            <numerusform>%Ln club</numerusform>
            <numerusform>%Ln clubs</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a club to see its meetings.</source>
        <translation>Choose a club to see its meetings.</translation>
    </message>
    <message>
        <source>No meeting of this club recorded yet: add one with &quot;New meeting&quot;.</source>
        <translation>No meeting of this club recorded yet: add one with &quot;New meeting&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s) of this club:</source>
        <translation>
            <numerusform>%Ln meeting of this club:</numerusform>
            <numerusform>%Ln meetings of this club:</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive activity</source>
        <translation>Archive activity</translation>
    </message>
    <message>
        <source>The activity of %1 (%2) is kept but no longer listed or counted in reports.</source>
        <translation>The activity of %1 (%2) is kept but no longer listed or counted in reports.</translation>
    </message>
    <message>
        <source>Archive club</source>
        <translation>Archive club</translation>
    </message>
    <message>
        <source>The club &quot;%1&quot; is kept with its meetings but no longer counted as active.</source>
        <translation>The club &quot;%1&quot; is kept with its meetings but no longer counted as active.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ReceptionForm</name>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Reception &amp;date:</source>
        <translation>Reception &amp;date:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Receiving &amp;agency:</source>
        <translation>Receiving &amp;agency:</translation>
    </message>
    <message>
        <source>(not received in a handover)</source>
        <translation>(not received in a handover)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n person(s)</source>
        <translation>
            <numerusform>%1, %n person</numerusform>
            <numerusform>%1, %n persons</numerusform>
        </translation>
    </message>
    <message>
        <source>Handover &amp;batch:</source>
        <translation>Handover &amp;batch:</translation>
    </message>
    <message>
        <source>Returned &amp;from:</source>
        <translation>Returned &amp;from:</translation>
    </message>
    <message>
        <source>&amp;Route of identification:</source>
        <translation>&amp;Route of identification:</translation>
    </message>
    <message>
        <source>Forms of &amp;exploitation:</source>
        <translation>Forms of &amp;exploitation:</translation>
    </message>
    <message>
        <source>Identification and case status</source>
        <translation>Identification and case status</translation>
    </message>
    <message>
        <source>&amp;Identification status:</source>
        <translation>&amp;Identification status:</translation>
    </message>
    <message>
        <source>Decidin&amp;g agency:</source>
        <translation>Decidin&amp;g agency:</translation>
    </message>
    <message>
        <source>Decision da&amp;te:</source>
        <translation>Decision da&amp;te:</translation>
    </message>
    <message>
        <source>Basis of the decision:</source>
        <translation>Basis of the decision:</translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation>C&amp;lose case…</translation>
    </message>
    <message>
        <source>&amp;Case status:</source>
        <translation>&amp;Case status:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Closed o&amp;n:</source>
        <translation>Closed o&amp;n:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n person(s)</source>
        <comment>date, border gate, persons</comment>
        <translation>
            <numerusform>%1, %2, %n person</numerusform>
            <numerusform>%1, %2, %n persons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sr::ui::ReferenceEditor</name>
    <message>
        <source>Reference lists</source>
        <translation>Reference lists</translation>
    </message>
    <message>
        <source>Printed at the head of every report.</source>
        <translation>Printed at the head of every report.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>A&amp;gencies</translation>
    </message>
    <message>
        <source>&amp;Border gates</source>
        <translation>&amp;Border gates</translation>
    </message>
    <message>
        <source>S&amp;upport types</source>
        <translation>S&amp;upport types</translation>
    </message>
    <message>
        <source>Rules &amp;for tasks</source>
        <translation>Rules &amp;for tasks</translation>
    </message>
    <message>
        <source>Case &amp;work</source>
        <translation>Case &amp;work</translation>
    </message>
    <message>
        <source>Attachment t&amp;ypes</source>
        <translation>Attachment t&amp;ypes</translation>
    </message>
    <message>
        <source>S&amp;helters</source>
        <translation>S&amp;helters</translation>
    </message>
    <message>
        <source>Shelter roo&amp;ms</source>
        <translation>Shelter roo&amp;ms</translation>
    </message>
</context>
<context>
    <name>sr::ui::ReferenceFields</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Neighbouring country</source>
        <translation>Neighbouring country</translation>
    </message>
    <message>
        <source>Default amount</source>
        <translation>Default amount</translation>
    </message>
    <message>
        <source>Order in lists</source>
        <translation>Order in lists</translation>
    </message>
    <message>
        <source>Reason for archiving</source>
        <translation>Reason for archiving</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>Name of the organisation</translation>
    </message>
    <message>
        <source>Body above it</source>
        <translation>Body above it</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Place in the date line</source>
        <translation>Place in the date line</translation>
    </message>
    <message>
        <source>Case code prefix</source>
        <translation>Case code prefix</translation>
    </message>
    <message>
        <source>%1: use lower-case letters without accents, digits and &quot;_&quot; only, e.g. &quot;ka_long&quot;.</source>
        <translation>%1: use lower-case letters without accents, digits and &quot;_&quot; only, e.g. &quot;ka_long&quot;.</translation>
    </message>
    <message>
        <source>%1: choose a country from the list.</source>
        <translation>%1: choose a country from the list.</translation>
    </message>
    <message>
        <source>%1: use capital letters without accents (digits after the first letter), at most 10, e.g. &quot;QN&quot;.</source>
        <translation>%1: use capital letters without accents (digits after the first letter), at most 10, e.g. &quot;QN&quot;.</translation>
    </message>
    <message>
        <source>%1 of a saved entry cannot be changed: records refer to it. Archive the entry and add a new one instead.</source>
        <translation>%1 of a saved entry cannot be changed: records refer to it. Archive the entry and add a new one instead.</translation>
    </message>
    <message>
        <source>This code is already used by another entry (perhaps an archived one): choose another code.</source>
        <translation>This code is already used by another entry (perhaps an archived one): choose another code.</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <source>Title of the head</source>
        <translation>Title of the head</translation>
    </message>
    <message>
        <source>Title of the deputy</source>
        <translation>Title of the deputy</translation>
    </message>
    <message>
        <source>Name of the signer</source>
        <translation>Name of the signer</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>%1: enter a number of months from 0 to 120.</source>
        <translation>%1: enter a number of months from 0 to 120.</translation>
    </message>
    <message>
        <source>%1: enter a number of days from 0 to 3650.</source>
        <translation>%1: enter a number of days from 0 to 3650.</translation>
    </message>
    <message>
        <source>%1: a follow-up after a handover needs a delay: enter months or days (not both 0).</source>
        <translation>%1: a follow-up after a handover needs a delay: enter months or days (not both 0).</translation>
    </message>
    <message>
        <source>Made when</source>
        <translation>Made when</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Lapsed after</source>
        <translation>Lapsed after</translation>
    </message>
    <message>
        <source>Amount per shelter day</source>
        <translation>Amount per shelter day</translation>
    </message>
</context>
<context>
    <name>sr::ui::ReferenceListPage</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Default amount</source>
        <translation>Default amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show &amp;archived entries</source>
        <translation>Show &amp;archived entries</translation>
    </message>
    <message>
        <source>&amp;Name (Vietnamese):</source>
        <translation>&amp;Name (Vietnamese):</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>&amp;English name:</translation>
    </message>
    <message>
        <source>Records refer to the code: it cannot be changed once saved.</source>
        <translation>Records refer to the code: it cannot be changed once saved.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <source>Neighbouring c&amp;ountry:</source>
        <translation>Neighbouring c&amp;ountry:</translation>
    </message>
    <message>
        <source>Prefilled in new supports of this type; set by provincial resolutions. Supports already recorded keep their amounts.</source>
        <translation>Prefilled in new supports of this type; set by provincial resolutions. Supports already recorded keep their amounts.</translation>
    </message>
    <message>
        <source>&amp;Default amount:</source>
        <translation>&amp;Default amount:</translation>
    </message>
    <message>
        <source>One of the &amp;legal support regimes (Law 53/2024, art. 37)</source>
        <translation>One of the &amp;legal support regimes (Law 53/2024, art. 37)</translation>
    </message>
    <message>
        <source>&amp;Order in lists:</source>
        <translation>&amp;Order in lists:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>A&amp;rchive…</source>
        <translation>A&amp;rchive…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>New entry, not saved yet</source>
        <translation>New entry, not saved yet</translation>
    </message>
    <message>
        <source>Archived: %1</source>
        <translation>Archived: %1</translation>
    </message>
    <message>
        <source>In use (version %1)</source>
        <translation>In use (version %1)</translation>
    </message>
    <message>
        <source>Archive entry</source>
        <translation>Archive entry</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Archived.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The changes to this entry are not saved. Discard them?</source>
        <translation>The changes to this entry are not saved. Discard them?</translation>
    </message>
    <message>
        <source>Records that use &quot;%1&quot; keep it; it is no longer offered for new records.</source>
        <translation>Records that use &quot;%1&quot; keep it; it is no longer offered for new records.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>&amp;Historical (abolished in the 2025 reorganisation)</source>
        <translation>&amp;Historical (abolished in the 2025 reorganisation)</translation>
    </message>
    <message>
        <source>Kept for the records that name it; new receptions are not offered it. Reports count its records as before.</source>
        <translation>Kept for the records that name it; new receptions are not offered it. Reports count its records as before.</translation>
    </message>
    <message>
        <source>Due after</source>
        <translation>Due after</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>on the day</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 month</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>months then days</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Made &amp;when:</source>
        <translation>Made &amp;when:</translation>
    </message>
    <message>
        <source>What makes the task: a case handed over to the family (due after the closing date), an identification still pending (after the reception date), a referred support (after its date) or a plan goal (after its target date).</source>
        <translation>What makes the task: a case handed over to the family (due after the closing date), an identification still pending (after the reception date), a referred support (after its date) or a plan goal (after its target date).</translation>
    </message>
    <message>
        <source>Due after &amp;months:</source>
        <translation>Due after &amp;months:</translation>
    </message>
    <message>
        <source>and &amp;days:</source>
        <translation>and &amp;days:</translation>
    </message>
    <message>
        <source>Changing the delay moves the due dates of the open tasks of this rule; archiving the rule cancels them.</source>
        <translation>Changing the delay moves the due dates of the open tasks of this rule; archiving the rule cancels them.</translation>
    </message>
    <message>
        <source>&amp;Lapsed if already overdue by more than:</source>
        <translation>&amp;Lapsed if already overdue by more than:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>never lapsed</source>
        <translation>never lapsed</translation>
    </message>
    <message>
        <source>A task that is already overdue by more than this when the rule makes it (a case of years ago entered or imported today) is recorded as lapsed: it is not shown as work, and the report counts it as due and not done. Tasks that become overdue later stay open.</source>
        <translation>A task that is already overdue by more than this when the rule makes it (a case of years ago entered or imported today) is recorded as lapsed: it is not shown as work, and the report counts it as due and not done. Tasks that become overdue later stay open.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>The attach dialog offers the types in this order.</source>
        <translation>The attach dialog offers the types in this order.</translation>
    </message>
    <message>
        <source>The shelter board lists the shelters in this order.</source>
        <translation>The shelter board lists the shelters in this order.</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Beds</translation>
    </message>
    <message>
        <source>S&amp;helter:</source>
        <translation>S&amp;helter:</translation>
    </message>
    <message>
        <source>Be&amp;ds:</source>
        <translation>Be&amp;ds:</translation>
    </message>
    <message>
        <source>A room is full when this many persons stay in it.</source>
        <translation>A room is full when this many persons stay in it.</translation>
    </message>
    <message>
        <source>Amount &amp;per shelter day:</source>
        <translation>Amount &amp;per shelter day:</translation>
    </message>
    <message>
        <source>For a support given per day in a shelter (essential needs): the amount of one day, used when a stay is converted to supports. 0 đ: not given per day.</source>
        <translation>For a support given per day in a shelter (essential needs): the amount of one day, used when a stay is converted to supports. 0 đ: not given per day.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ReportsWindow</name>
    <message>
        <source>Period summary report</source>
        <translation>Period summary report</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save &amp;JSON…</source>
        <translation>Save &amp;JSON…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n person(s)</source>
        <translation>
            <numerusform>%1 – %2: %n person</numerusform>
            <numerusform>%1 – %2: %n persons</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Print the report</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Save P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;ODT…</source>
        <translation>Save as &amp;ODT…</translation>
    </message>
    <message>
        <source>An editable copy (OpenDocument text) to adjust the wording in LibreOffice or Word before signing</source>
        <translation>An editable copy (OpenDocument text) to adjust the wording in LibreOffice or Word before signing</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <source>&amp;From – to:</source>
        <translation>&amp;From – to:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Save as E&amp;xcel…</source>
        <translation>Save as E&amp;xcel…</translation>
    </message>
    <message>
        <source>The report&apos;s tables as an Excel workbook (.xlsx), one sheet per section, for reworking the figures</source>
        <translation>The report&apos;s tables as an Excel workbook (.xlsx), one sheet per section, for reworking the figures</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>sr::ui::ResponsibleBar</name>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Make another worker responsible for this case</source>
        <translation>Make another worker responsible for this case</translation>
    </message>
    <message>
        <source>nobody (unassigned)</source>
        <translation>nobody (unassigned)</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Responsible: %1</translation>
    </message>
</context>
<context>
    <name>sr::ui::ResponsibleDialog</name>
    <message>
        <source>Change the responsible worker</source>
        <translation>Change the responsible worker</translation>
    </message>
    <message>
        <source>The open tasks of the worker responsible until now go to the new one. The change and its reason are kept in the case&apos;s history.</source>
        <translation>The open tasks of the worker responsible until now go to the new one. The change and its reason are kept in the case&apos;s history.</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>&amp;Worker:</translation>
    </message>
    <message>
        <source>e.g. on leave until March; closer to the family</source>
        <translation>e.g. on leave until March; closer to the family</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <source>Nobody (unassigned: %1)</source>
        <translation>Nobody (unassigned: %1)</translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation>Nobody (unassigned)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>This account cannot be responsible for cases (it is disabled or a viewer&apos;s): choose another worker.</source>
        <translation>This account cannot be responsible for cases (it is disabled or a viewer&apos;s): choose another worker.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ResponsibleFilter</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>Unassigned (%1)</source>
        <translation>Unassigned (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
</context>
<context>
    <name>sr::ui::ServerProfileDialog</name>
    <message>
        <source>Automatic: required unless the server is this computer (recommended)</source>
        <translation>Automatic: required unless the server is this computer (recommended)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Required, and verify the server&apos;s certificate</source>
        <translation>Required, and verify the server&apos;s certificate</translation>
    </message>
    <message>
        <source>Off — only for a server on this computer</source>
        <translation>Off — only for a server on this computer</translation>
    </message>
    <message>
        <source>Edit database server</source>
        <translation>Edit database server</translation>
    </message>
    <message>
        <source>Add database server</source>
        <translation>Add database server</translation>
    </message>
    <message>
        <source>How this computer reaches a SafeReturn database on a PostgreSQL server. The server&apos;s password is not saved: it is asked at login.</source>
        <translation>How this computer reaches a SafeReturn database on a PostgreSQL server. The server&apos;s password is not saved: it is asked at login.</translation>
    </message>
    <message>
        <source>e.g. centre</source>
        <translation>e.g. centre</translation>
    </message>
    <message>
        <source>e.g. db.province.gov.vn or 192.168.1.10</source>
        <translation>e.g. db.province.gov.vn or 192.168.1.10</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Server &amp;user:</source>
        <translation>Server &amp;user:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Encryption (TLS):</translation>
    </message>
    <message>
        <source>Another server already has this name. Choose another name.</source>
        <translation>Another server already has this name. Choose another name.</translation>
    </message>
    <message>
        <source>Give the server a short name, e.g. &quot;centre&quot;.</source>
        <translation>Give the server a short name, e.g. &quot;centre&quot;.</translation>
    </message>
    <message>
        <source>The name is one word without spaces, &quot;/&quot; or &quot;\&quot; (at most 64 characters).</source>
        <translation>The name is one word without spaces, &quot;/&quot; or &quot;\&quot; (at most 64 characters).</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or IP address.</source>
        <translation>Enter the server&apos;s host name or IP address.</translation>
    </message>
    <message>
        <source>A host name or IP address has no spaces or other signs, e.g. db.province.gov.vn.</source>
        <translation>A host name or IP address has no spaces or other signs, e.g. db.province.gov.vn.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 5432).</source>
        <translation>The port is a number from 1 to 65535 (usually 5432).</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Enter the name of the database on the server.</translation>
    </message>
    <message>
        <source>The database name has no spaces, &quot;/&quot;, &quot;@&quot;, &quot;:&quot;, &quot;?&quot; or &quot;#&quot;.</source>
        <translation>The database name has no spaces, &quot;/&quot;, &quot;@&quot;, &quot;:&quot;, &quot;?&quot; or &quot;#&quot;.</translation>
    </message>
    <message>
        <source>Enter the user name the administrator gave for the server.</source>
        <translation>Enter the user name the administrator gave for the server.</translation>
    </message>
    <message>
        <source>The server user has no spaces, &quot;/&quot;, &quot;@&quot;, &quot;:&quot;, &quot;?&quot; or &quot;#&quot;.</source>
        <translation>The server user has no spaces, &quot;/&quot;, &quot;@&quot;, &quot;:&quot;, &quot;?&quot; or &quot;#&quot;.</translation>
    </message>
    <message>
        <source>Choose one of the encryption settings in the list.</source>
        <translation>Choose one of the encryption settings in the list.</translation>
    </message>
    <message>
        <source>The server could not be saved in this computer&apos;s settings. %1</source>
        <translation>The server could not be saved in this computer&apos;s settings. %1</translation>
    </message>
</context>
<context>
    <name>sr::ui::SessionManager</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>SafeReturn was locked. Log in to continue; another user&apos;s login closes the windows of %1.</source>
        <translation>SafeReturn was locked. Log in to continue; another user&apos;s login closes the windows of %1.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>sr::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Used from the next start of SafeReturn.</source>
        <translation>Used from the next start of SafeReturn.</translation>
    </message>
    <message>
        <source>The lock after inactivity applies to every user of the database: an administrator sets it in Account → Users.</source>
        <translation>The lock after inactivity applies to every user of the database: an administrator sets it in Account → Users.</translation>
    </message>
    <message>
        <source>The settings could not be saved in %1: check that the folder exists and can be written.</source>
        <translation>The settings could not be saved in %1: check that the folder exists and can be written.</translation>
    </message>
    <message>
        <source>Database servers</source>
        <translation>Database servers</translation>
    </message>
    <message>
        <source>Servers saved here are offered at login, besides this computer&apos;s file. Changes are saved at once; passwords are never saved.</source>
        <translation>Servers saved here are offered at login, besides this computer&apos;s file. Changes are saved at once; passwords are never saved.</translation>
    </message>
    <message>
        <source>&amp;Add server…</source>
        <translation>&amp;Add server…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The server could not be removed from the settings in %1: check that the folder exists and can be written.</source>
        <translation>The server could not be removed from the settings in %1: check that the folder exists and can be written.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ShelterBoardPage</name>
    <message>
        <source>Shelter board</source>
        <translation>Shelter board</translation>
    </message>
    <message>
        <source>On &amp;day:</source>
        <translation>On &amp;day:</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>&amp;Admit…</source>
        <translation>&amp;Admit…</translation>
    </message>
    <message>
        <source>Admit a person to a room (Ctrl+N)</source>
        <translation>Admit a person to a room (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Leave…</source>
        <translation>&amp;Leave…</translation>
    </message>
    <message>
        <source>Con&amp;vert to supports</source>
        <translation>Con&amp;vert to supports</translation>
    </message>
    <message>
        <source>Record the shelter days not recorded yet as essential-needs supports, one per day</source>
        <translation>Record the shelter days not recorded yet as essential-needs supports, one per day</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>Shelter, room, person</source>
        <translation>Shelter, room, person</translation>
    </message>
    <message>
        <source>Beds taken</source>
        <translation>Beds taken</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Admitted on</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>A person of another worker&apos;s case</source>
        <translation>A person of another worker&apos;s case</translation>
    </message>
    <message>
        <source>No shelter rooms yet. An administrator adds the shelters and their rooms in Registers › Reference lists.</source>
        <translation>No shelter rooms yet. An administrator adds the shelters and their rooms in Registers › Reference lists.</translation>
    </message>
    <message>
        <source>Nobody is in a shelter on %1. Use Admit… (Ctrl+N) when a person comes in.</source>
        <translation>Nobody is in a shelter on %1. Use Admit… (Ctrl+N) when a person comes in.</translation>
    </message>
    <message>
        <source>%1 of %2 beds taken on %3</source>
        <extracomment>Below the shelter board: beds taken of all beds on a day.</extracomment>
        <translation>%1 of %2 beds taken on %3</translation>
    </message>
    <message>
        <source>Convert to supports</source>
        <extracomment>After converting shelter days into supports: how many, from when to when, per day.</extracomment>
        <translation>Convert to supports</translation>
    </message>
    <message numerus="yes">
        <source>%n essential-needs support(s) recorded, %1 – %2, at %3 a day.</source>
        <translation>
            <numerusform>%n essential-needs support recorded, %1 – %2, at %3 a day.</numerusform>
            <numerusform>%n essential-needs supports recorded, %1 – %2, at %3 a day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sr::ui::ShelterFields</name>
    <message>
        <source>%1 is full on a day of this stay: choose another room, or let a person leave it first.</source>
        <translation>%1 is full on a day of this stay: choose another room, or let a person leave it first.</translation>
    </message>
    <message>
        <source>%1: the person already stays in a shelter on one of these days. Record the leaving of that stay first, or change the dates.</source>
        <translation>%1: the person already stays in a shelter on one of these days. Record the leaving of that stay first, or change the dates.</translation>
    </message>
    <message>
        <source>%1 is before the admission date: check both dates.</source>
        <translation>%1 is before the admission date: check both dates.</translation>
    </message>
    <message>
        <source>Every shelter day of this stay is already recorded as an essential-needs support: there is nothing to add.</source>
        <translation>Every shelter day of this stay is already recorded as an essential-needs support: there is nothing to add.</translation>
    </message>
</context>
<context>
    <name>sr::ui::StartPage</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation>Assigned on</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Asked on</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Nothing is overdue.</translation>
    </message>
    <message>
        <source>Nothing falls due in the next seven days. Tasks made by hand or by the rules (follow-ups after a handover, pending decisions) show here.</source>
        <translation>Nothing falls due in the next seven days. Tasks made by hand or by the rules (follow-ups after a handover, pending decisions) show here.</translation>
    </message>
    <message>
        <source>No case was assigned to you in the last 30 days. Your cases are in the case list (Ctrl+2).</source>
        <translation>No case was assigned to you in the last 30 days. Your cases are in the case list (Ctrl+2).</translation>
    </message>
    <message>
        <source>No request waits for your approval.</source>
        <translation>No request waits for your approval.</translation>
    </message>
    <message>
        <source>My work — %1</source>
        <translation>My work — %1</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Overdue (%1)</translation>
    </message>
    <message>
        <source>Due this week (%1)</source>
        <translation>Due this week (%1)</translation>
    </message>
    <message>
        <source>Recently assigned to me (%1)</source>
        <translation>Recently assigned to me (%1)</translation>
    </message>
    <message>
        <source>Waiting for my approval (%1)</source>
        <translation>Waiting for my approval (%1)</translation>
    </message>
    <message>
        <source>— the first %1 shown</source>
        <translation>— the first %1 shown</translation>
    </message>
</context>
<context>
    <name>sr::ui::StayDialog</name>
    <message>
        <source>Admit to shelter</source>
        <translation>Admit to shelter</translation>
    </message>
    <message>
        <source>Record leaving the shelter</source>
        <translation>Record leaving the shelter</translation>
    </message>
    <message>
        <source>e.g. QN-2025-0007</source>
        <translation>e.g. QN-2025-0007</translation>
    </message>
    <message>
        <source>&amp;Case code:</source>
        <translation>&amp;Case code:</translation>
    </message>
    <message>
        <source>&amp;Reception:</source>
        <translation>&amp;Reception:</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>R&amp;oom:</translation>
    </message>
    <message>
        <source>%1 – %2 (%3/%4 today)</source>
        <extracomment>A room in the admit dialog: shelter, room, beds taken today of its beds.</extracomment>
        <translation>%1 – %2 (%3/%4 today)</translation>
    </message>
    <message>
        <source>&amp;Admitted on:</source>
        <translation>&amp;Admitted on:</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Left on:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>A&amp;dmit</source>
        <translation>A&amp;dmit</translation>
    </message>
    <message>
        <source>Record &amp;leaving</source>
        <translation>Record &amp;leaving</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>No case with this code: check the code on the case list.</source>
        <translation>No case with this code: check the code on the case list.</translation>
    </message>
    <message>
        <source>Received on %1</source>
        <extracomment>A reception offered in the admit dialog, by its date.</extracomment>
        <translation>Received on %1</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>The room</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Admitted on</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Case code</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>sr::ui::SupportLedger</name>
    <message>
        <source>&amp;Add support</source>
        <translation>&amp;Add support</translation>
    </message>
    <message>
        <source>Archive support…</source>
        <translation>Archive support…</translation>
    </message>
    <message>
        <source>Support &amp;type:</source>
        <translation>Support &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>(this centre)</source>
        <translation>(this centre)</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>Pro&amp;vider:</translation>
    </message>
    <message>
        <source>Prefilled from the support type&apos;s default amount; type another amount if it differs, with or without dots.</source>
        <translation>Prefilled from the support type&apos;s default amount; type another amount if it differs, with or without dots.</translation>
    </message>
    <message>
        <source>&amp;Quantity / days:</source>
        <translation>&amp;Quantity / days:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>A&amp;mount:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Archive support</source>
        <translation>Archive support</translation>
    </message>
    <message>
        <source>Total provided: %1</source>
        <translation>Total provided: %1</translation>
    </message>
    <message>
        <source> (all statuses: %1)</source>
        <translation> (all statuses: %1)</translation>
    </message>
    <message>
        <source>This support stays in the database (and the audit log) but no longer counts in the ledger or the reports.</source>
        <translation>This support stays in the database (and the audit log) but no longer counts in the ledger or the reports.</translation>
    </message>
</context>
<context>
    <name>sr::ui::SupportLedgerModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Support type</source>
        <translation>Support type</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Quantity / days</source>
        <translation>Quantity / days</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>sr::ui::TaskDialog</name>
    <message>
        <source>%1 is required: say what is to be done.</source>
        <translation>%1 is required: say what is to be done.</translation>
    </message>
    <message>
        <source>%1 is required: type it as dd/mm/yyyy.</source>
        <translation>%1 is required: type it as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>%1 is required: say why the task is cancelled.</source>
        <translation>%1 is required: say why the task is cancelled.</translation>
    </message>
    <message>
        <source>%1: choose an active account that is not a viewer, or nobody.</source>
        <translation>%1: choose an active account that is not a viewer, or nobody.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>e.g. Phone the family about school enrolment</source>
        <translation>e.g. Phone the family about school enrolment</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Due date:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Assigned to:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Add task</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>sr::ui::TaskList</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tasks of the case</source>
        <translation>Tasks of the case</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;New task…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <source>Cance&amp;l task…</source>
        <translation>Cance&amp;l task…</translation>
    </message>
    <message>
        <source>Tasks are saved at once, apart from the case&apos;s Save. Rules add follow-ups, pending decisions and referrals here by themselves.</source>
        <translation>Tasks are saved at once, apart from the case&apos;s Save. Rules add follow-ups, pending decisions and referrals here by themselves.</translation>
    </message>
    <message>
        <source>Save the new case first; then its tasks are listed here.</source>
        <translation>Save the new case first; then its tasks are listed here.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>Cancel task</translation>
    </message>
    <message>
        <source>The task stays in the case&apos;s history as cancelled, with the reason in its notes.</source>
        <translation>The task stays in the case&apos;s history as cancelled, with the reason in its notes.</translation>
    </message>
</context>
<context>
    <name>sr::ui::TimelineModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>sr::ui::TimelinePanel</name>
    <message>
        <source>The timeline starts when the case is saved.</source>
        <translation>The timeline starts when the case is saved.</translation>
    </message>
    <message>
        <source>What happened on this case, newest first. Days are those in Vietnam.</source>
        <translation>What happened on this case, newest first. Days are those in Vietnam.</translation>
    </message>
</context>
<context>
    <name>sr::ui::UserAccountDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>New password for %1 (%2).</source>
        <translation>New password for %1 (%2).</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>Initial &amp;password:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;epeat password:</translation>
    </message>
    <message>
        <source>The user must choose their own password at the next login.</source>
        <translation>The user must choose their own password at the next login.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Workers of a team are seen by its manager when social workers see only their own cases. Leave empty for none.</source>
        <translation>Workers of a team are seen by its manager when social workers see only their own cases. Leave empty for none.</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
</context>
<context>
    <name>sr::ui::UserAdminDialog</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Change r&amp;ole…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Lock the application after</source>
        <translation>Lock the application after</translation>
    </message>
    <message>
        <source> min without activity</source>
        <translation> min without activity</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>must change password</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>User %1 created.</translation>
    </message>
    <message>
        <source>Password of %1 reset; it must be changed at the next login.</source>
        <translation>Password of %1 reset; it must be changed at the next login.</translation>
    </message>
    <message>
        <source>Saved. The new time applies from the next login.</source>
        <translation>Saved. The new time applies from the next login.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Role of %1:</translation>
    </message>
    <message>
        <source>Change &amp;team…</source>
        <translation>Change &amp;team…</translation>
    </message>
    <message>
        <source>Change team</source>
        <translation>Change team</translation>
    </message>
    <message>
        <source>Team of %1 (empty: none):</source>
        <translation>Team of %1 (empty: none):</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>sr::ui::WelcomePage</name>
    <message>
        <source>Welcome to SafeReturn</source>
        <translation>Welcome to SafeReturn</translation>
    </message>
    <message>
        <source>This database has no cases yet. Check your organisation&apos;s details, then record the first case or try SafeReturn with demonstration data.</source>
        <translation>This database has no cases yet. Check your organisation&apos;s details, then record the first case or try SafeReturn with demonstration data.</translation>
    </message>
    <message>
        <source>1. Your organisation (printed at the head of reports)</source>
        <translation>1. Your organisation (printed at the head of reports)</translation>
    </message>
    <message>
        <source>Only an administrator can change these details.</source>
        <translation>Only an administrator can change these details.</translation>
    </message>
    <message>
        <source>&amp;Save organisation details</source>
        <translation>&amp;Save organisation details</translation>
    </message>
    <message>
        <source>2. Start</source>
        <translation>2. Start</translation>
    </message>
    <message>
        <source>Record the &amp;first case (Ctrl+N)</source>
        <translation>Record the &amp;first case (Ctrl+N)</translation>
    </message>
    <message>
        <source>Load &amp;demonstration data…</source>
        <translation>Load &amp;demonstration data…</translation>
    </message>
    <message>
        <source>Demonstration data: %L1 invented persons with receptions, supports and handovers (no real records), for trying SafeReturn or training staff. Use a separate database for real work. Only an administrator can load it.</source>
        <translation>Demonstration data: %L1 invented persons with receptions, supports and handovers (no real records), for trying SafeReturn or training staff. Use a separate database for real work. Only an administrator can load it.</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>Demonstration data</translation>
    </message>
    <message>
        <source>Write %L1 invented persons into this database (%2)?

They cannot be deleted afterwards, only archived: use this for a training database, not for real work.</source>
        <translation>Write %L1 invented persons into this database (%2)?

They cannot be deleted afterwards, only archived: use this for a training database, not for real work.</translation>
    </message>
    <message>
        <source>Writing demonstration data…</source>
        <translation>Writing demonstration data…</translation>
    </message>
    <message>
        <source>Stopped: %L1 demonstration persons were written.</source>
        <translation>Stopped: %L1 demonstration persons were written.</translation>
    </message>
    <message>
        <source>%L1 demonstration persons were written.</source>
        <translation>%L1 demonstration persons were written.</translation>
    </message>
    <message>
        <source>This database holds records that were not made by the demonstration, so no demonstration data can be written into it. Create a new database for demonstration data.</source>
        <translation>This database holds records that were not made by the demonstration, so no demonstration data can be written into it. Create a new database for demonstration data.</translation>
    </message>
    <message>
        <source>&amp;Load demonstration data</source>
        <translation>&amp;Load demonstration data</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
</context>
<context>
    <name>sr::ui::WorkItemModel</name>
    <message>
        <source>Case code</source>
        <translation>Case code</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>sr::ui::WorkLabels</name>
    <message>
        <source>Under 1 month</source>
        <translation>Under 1 month</translation>
    </message>
    <message>
        <source>1–3 months</source>
        <translation>1–3 months</translation>
    </message>
    <message>
        <source>3–6 months</source>
        <translation>3–6 months</translation>
    </message>
    <message>
        <source>6–12 months</source>
        <translation>6–12 months</translation>
    </message>
    <message>
        <source>Over 12 months</source>
        <translation>Over 12 months</translation>
    </message>
    <message>
        <source>Approve: %1 (asked by %2)</source>
        <translation>Approve: %1 (asked by %2)</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>unknown user</translation>
    </message>
    <message>
        <source>Assigned to you by %1</source>
        <translation>Assigned to you by %1</translation>
    </message>
    <message>
        <source>Assigned to you by %1: %2</source>
        <translation>Assigned to you by %1: %2</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Received by %1</source>
        <translation>Received by %1</translation>
    </message>
    <message>
        <source>Identification: %1</source>
        <translation>Identification: %1</translation>
    </message>
    <message>
        <source>Case closed: %1</source>
        <translation>Case closed: %1</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <source>Support: %1 (%2)</source>
        <translation>Support: %1 (%2)</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Follow-up: %1</translation>
    </message>
    <message>
        <source>Plan goal added (%1): %2</source>
        <translation>Plan goal added (%1): %2</translation>
    </message>
    <message>
        <source>Plan goal changed: %1</source>
        <translation>Plan goal changed: %1</translation>
    </message>
    <message>
        <source>Plan goal archived: %1</source>
        <translation>Plan goal archived: %1</translation>
    </message>
    <message>
        <source>Task made: %1</source>
        <translation>Task made: %1</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>Task done: %1</translation>
    </message>
    <message>
        <source>Task cancelled: %1</source>
        <translation>Task cancelled: %1</translation>
    </message>
    <message>
        <source>Approval asked: %1</source>
        <translation>Approval asked: %1</translation>
    </message>
    <message>
        <source>Case left without a responsible worker</source>
        <translation>Case left without a responsible worker</translation>
    </message>
    <message>
        <source>Case assigned to %1</source>
        <translation>Case assigned to %1</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <source>%1 overdue · %2 this week</source>
        <translation>%1 overdue · %2 this week</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>Plan goal status: %1 — %2</source>
        <translation>Plan goal status: %1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>approval kind, then the decision</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2 to approve</source>
        <translation>%1 · %2 to approve</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a rule&apos;s name, then its subject</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>the person</translation>
    </message>
    <message>
        <source>reception %1</source>
        <translation>reception %1</translation>
    </message>
    <message>
        <source>follow-up %1</source>
        <translation>follow-up %1</translation>
    </message>
    <message>
        <source>support: %1 %2</source>
        <translation>support: %1 %2</translation>
    </message>
    <message>
        <source>support %1</source>
        <translation>support %1</translation>
    </message>
    <message>
        <source>Attached: %1 (%2)</source>
        <translation>Attached: %1 (%2)</translation>
    </message>
    <message>
        <source>Attachment archived: %1 (%2)</source>
        <translation>Attachment archived: %1 (%2)</translation>
    </message>
    <message>
        <source>Admitted to shelter: %1, %2</source>
        <extracomment>Case timeline: admitted to a shelter room; %1 the room, %2 the shelter.</extracomment>
        <translation>Admitted to shelter: %1, %2</translation>
    </message>
    <message>
        <source>Left the shelter: %1, %2</source>
        <translation>Left the shelter: %1, %2</translation>
    </message>
    <message>
        <source>Left the shelter: %1, %2 (%3)</source>
        <translation>Left the shelter: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Emergency call to the hotline: %1</source>
        <translation>Emergency call to the hotline: %1</translation>
    </message>
    <message>
        <source>Call to the hotline: %1</source>
        <translation>Call to the hotline: %1</translation>
    </message>
</context>
</TS>
