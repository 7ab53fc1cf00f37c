<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cli</name>
    <message>
        <source>Usage:
  safereturn [--db FILE] [--lang vi|en]           start the desktop application
  safereturn demo [--persons N] [--seed S]        write realistic synthetic records
  safereturn find TEXT                            case codes and names matching TEXT
  safereturn backup -o FILE                       write a backup of the database
  safereturn restore FILE                         replace the database with a backup
  safereturn check                                check integrity and count records

Common options:
  --db FILE        the database (default: %1)
  --lang vi|en     language of messages (default: vi)
  -h, --help       show this help
  -v, --version    show the version

Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad input.
</source>
        <translation>Usage:
  safereturn [--db FILE] [--lang vi|en]           start the desktop application
  safereturn demo [--persons N] [--seed S]        write realistic synthetic records
  safereturn find TEXT                            case codes and names matching TEXT
  safereturn backup -o FILE                       write a backup of the database
  safereturn restore FILE                         replace the database with a backup
  safereturn check                                check integrity and count records

Common options:
  --db FILE        the database (default: %1)
  --lang vi|en     language of messages (default: vi)
  -h, --help       show this help
  -v, --version    show the version

Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad input.
</translation>
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
        <source>missing argument for &quot;%1&quot;</source>
        <translation>missing argument for &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
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
        <source>%1 could not be opened (error %2)</source>
        <translation>%1 could not be opened (error %2)</translation>
    </message>
    <message>
        <source>warning: %1 is on a network file system; SQLite needs a local disk, and several workstations need the server mode</source>
        <translation>warning: %1 is on a network file system; SQLite needs a local disk, and several workstations need the server mode</translation>
    </message>
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
        <source>backup file not found: %1</source>
        <translation>backup file not found: %1</translation>
    </message>
    <message>
        <source><byte value="xd"/>demo: %1 of %2 persons</source>
        <translation><byte value="xd"/>demo: %1 of %2 persons</translation>
    </message>
    <message>
        <source>demo data could not be written to %1 (error %2); the batches committed before the error are kept</source>
        <translation>demo data could not be written to %1 (error %2); the batches committed before the error are kept</translation>
    </message>
    <message>
        <source>demo: wrote %1 persons, %2 receptions, %3 supports, %4 follow-ups and %5 border handovers in %6 s (%7 rows/s, seed %8)
</source>
        <translation>demo: wrote %1 persons, %2 receptions, %3 supports, %4 follow-ups and %5 border handovers in %6 s (%7 rows/s, seed %8)
</translation>
    </message>
    <message>
        <source>search in %1 failed (error %2)</source>
        <translation>search in %1 failed (error %2)</translation>
    </message>
    <message>
        <source>the backup file must not be the database itself: %1</source>
        <translation>the backup file must not be the database itself: %1</translation>
    </message>
    <message>
        <source>backup to %1 failed (error %2)</source>
        <translation>backup to %1 failed (error %2)</translation>
    </message>
    <message>
        <source>backup written to %1</source>
        <translation>backup written to %1</translation>
    </message>
    <message>
        <source>%1 is not a SafeReturn backup; the database was not changed</source>
        <translation>%1 is not a SafeReturn backup; the database was not changed</translation>
    </message>
    <message>
        <source>%1 is damaged; the database was not changed</source>
        <translation>%1 is damaged; the database was not changed</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of SafeReturn; the database was not changed</source>
        <translation>%1 was made by a newer version of SafeReturn; the database was not changed</translation>
    </message>
    <message>
        <source>restore from %1 failed (error %2)</source>
        <translation>restore from %1 failed (error %2)</translation>
    </message>
    <message>
        <source>%1 restored from %2</source>
        <translation>%1 restored from %2</translation>
    </message>
    <message>
        <source>check of %1 failed (error %2)</source>
        <translation>check of %1 failed (error %2)</translation>
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
        <source>schema version %1</source>
        <translation>schema version %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problem: %1</translation>
    </message>
</context>
<context>
    <name>exchange_cli</name>
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
        <source>unexpected argument %1</source>
        <translation>unexpected argument %1</translation>
    </message>
    <message>
        <source>--template needs -o FILE</source>
        <translation>--template needs -o FILE</translation>
    </message>
    <message>
        <source>%1 could not be written (error %2)</source>
        <translation>%1 could not be written (error %2)</translation>
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
        <source>--table must be receptions, supports or batches</source>
        <translation>--table must be receptions, supports or batches</translation>
    </message>
    <message>
        <source><byte value="xd"/>export: %1 / %2 rows</source>
        <translation><byte value="xd"/>export: %1 / %2 rows</translation>
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
        <source>import needs a CSV file</source>
        <translation>import needs a CSV file</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source><byte value="xd"/>import: %1 / %2 rows</source>
        <translation><byte value="xd"/>import: %1 / %2 rows</translation>
    </message>
    <message>
        <source>%1 could not be imported (error %2); nothing was written</source>
        <translation>%1 could not be imported (error %2); nothing was written</translation>
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
        <source>%1 could not be opened as a SafeReturn database (error %2)</source>
        <translation>%1 could not be opened as a SafeReturn database (error %2)</translation>
    </message>
    <message>
        <source>Usage:
  safereturn export [--db FILE] --from YYYY-MM-DD --to YYYY-MM-DD
                    [--table receptions|supports|batches] [--full] [-o FILE]
  safereturn export --template -o FILE
  safereturn import [--db FILE] [--dry-run] [--update] [--add-missing-reference] FILE.csv

Exports are de-identified unless --full is given (full exports are audited).
Imports are all-or-nothing; every refused row is listed.
Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad input.
</source>
        <translation>Usage:
  safereturn export [--db FILE] --from YYYY-MM-DD --to YYYY-MM-DD
                    [--table receptions|supports|batches] [--full] [-o FILE]
  safereturn export --template -o FILE
  safereturn import [--db FILE] [--dry-run] [--update] [--add-missing-reference] FILE.csv

Exports are de-identified unless --full is given (full exports are audited).
Imports are all-or-nothing; every refused row is listed.
Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad input.
</translation>
    </message>
    <message>
        <source>run &quot;safereturn %1 --help&quot; for usage</source>
        <translation>run &quot;safereturn %1 --help&quot; for usage</translation>
    </message>
</context>
<context>
    <name>report_cli</name>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unexpected argument %1</translation>
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
        <source>--from and --to are required (dates as YYYY-MM-DD)</source>
        <translation>--from and --to are required (dates as YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--format must be pdf, html or json</source>
        <translation>--format must be pdf, html or json</translation>
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
        <source>%1 could not be opened as a SafeReturn database (error %2)</source>
        <translation>%1 could not be opened as a SafeReturn database (error %2)</translation>
    </message>
    <message>
        <source>the report could not be written to %1 (error %2)</source>
        <translation>the report could not be written to %1 (error %2)</translation>
    </message>
    <message>
        <source>report: %1 persons, %2 receptions in %3 – %4 written to %5
</source>
        <translation>report: %1 persons, %2 receptions in %3 – %4 written to %5
</translation>
    </message>
    <message>
        <source>Usage:
  safereturn report [--db FILE] [--lang vi|en] --from YYYY-MM-DD --to YYYY-MM-DD [--format pdf|html|json] -o FILE

Writes the period summary report (default format: pdf).
Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad dates.
</source>
        <translation>Usage:
  safereturn report [--db FILE] [--lang vi|en] --from YYYY-MM-DD --to YYYY-MM-DD [--format pdf|html|json] -o FILE

Writes the period summary report (default format: pdf).
Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad dates.
</translation>
    </message>
    <message>
        <source>run &quot;safereturn report --help&quot; for usage</source>
        <translation>run &quot;safereturn report --help&quot; for usage</translation>
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
        <source>The header matches no known table (receptions, supports, batches).</source>
        <translation>The header matches no known table (receptions, supports, batches).</translation>
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
    <message>
        <source>R&amp;eports</source>
        <translation>R&amp;eports</translation>
    </message>
    <message>
        <source>&amp;Period summary report…</source>
        <translation>&amp;Period summary report…</translation>
    </message>
</context>
<context>
    <name>sr::ui::ReportsWindow</name>
    <message>
        <source>Period summary report</source>
        <translation>Period summary report</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>This half-year</source>
        <translation>This half-year</translation>
    </message>
    <message>
        <source>Last half-year</source>
        <translation>Last half-year</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
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
        <source>Save &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;JSON…</source>
        <translation>Save &amp;JSON…</translation>
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
        <source>Language:</source>
        <translation>Language:</translation>
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
</context>
</TS>
