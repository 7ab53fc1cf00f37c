#!/usr/bin/env bash
# The overhead of our code next to the sqlite3 shell (docs/performance.md).
#
#   scripts/bench-sqlite3.sh DATABASE [SAFERETURN_BIN]
#
# On the same database (made by `safereturn demo` or safereturn_bench), runs
# - the period summary report (all years, five years, one year, one quarter) with
#   `safereturn report --format json` and the same aggregates hand-written on the plain tables
#   (ReportQueries::recomputedFigures in src/storage/ReportQueries.cpp: the scope of the range
#   with window functions, then every list, for the whole period and again for each year in
#   it) with the sqlite3 shell; ours reads the summaries of migration 6 instead;
# - the CSV export of every reception with `safereturn export` (de-identified and --full)
#   and the same SELECT (src/storage/ExportQueries.cpp, receptions read in date order) in the
#   shell's CSV mode, and that SELECT again on a copy of the records laid out in date order;
# - the ceiling of the demo insert (ONLY=demo, or a run without ONLY): SQLite itself copying every
#   record of DATABASE into an empty database of our schema with INSERT ... SELECT (no parsing,
#   no binding, one transaction), as rows/s, with our indexes and triggers and again without the
#   secondary ones; ours is safereturn_bench's demo_insert;
# and prints the best of three wall-clock times of each, and ours / sqlite3's. Both sides are
# whole processes (start, open, work, exit). The database is only read (our export appends
# one audit row per run). The CLI needs a user: on a database without one (a benchmark database
# made by safereturn_bench) the demo administrator of `safereturn demo` is added first
# (README); each of our runs includes its Argon2id login, printed on its own line.
set -euo pipefail
db="${1:?usage: $0 DATABASE [SAFERETURN_BIN]}"
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${2:-${SAFERETURN_BIN:-$root/build/bench/src/app/safereturn}}"
runs="${RUNS:-3}"
command -v sqlite3 >/dev/null || { echo "sqlite3 shell not found (apt-get install sqlite3)" >&2; exit 2; }
[ -x "$bin" ] || { echo "safereturn not found at $bin" >&2; exit 2; }
[ -f "$db" ] || { echo "no database $db" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
today="$(date +%F)"

# The aggregates of ReportQueries::figures() for one range.
figures_sql() {
    local from="$1" to="$2"
    cat <<SQL
DROP TABLE IF EXISTS temp.report_scope;
CREATE TEMP TABLE report_scope AS
 SELECT r.id, r.person_id, r.country_code, r.agency_code, r.route,
  r.identification_status, r.case_status, r.outcome, r.age_years, r.age_band,
  p.sex, p.nationality, p.ethnicity, p.residence_province,
  ROW_NUMBER() OVER (PARTITION BY r.person_id ORDER BY r.reception_date, r.id) AS first_rank,
  ROW_NUMBER() OVER (PARTITION BY r.person_id ORDER BY r.reception_date DESC, r.id DESC) AS last_rank
 FROM reception r JOIN person p INDEXED BY person_report ON p.id = r.person_id
 WHERE r.archived = 0 AND p.archived = 0 AND r.reception_date >= '$from' AND r.reception_date <= '$to';
SELECT COUNT(DISTINCT person_id), COUNT(*), COALESCE(SUM(first_rank = 1 AND age_years < 16), 0),
 COALESCE(SUM(first_rank = 1 AND age_years < 18), 0),
 COALESCE(SUM(first_rank = 1 AND nationality <> 'VN'), 0),
 COALESCE(SUM(first_rank = 1 AND ethnicity NOT IN ('00', '01', '99')), 0),
 COALESCE(SUM(first_rank = 1 AND residence_province <> '' AND residence_province <> '22'), 0)
 FROM temp.report_scope;
SELECT s.country_code, COALESCE(c.name_vi, ''), SUM(s.first_rank = 1), COUNT(*)
 FROM temp.report_scope s LEFT JOIN country c ON c.code = s.country_code GROUP BY s.country_code;
SELECT s.agency_code, COALESCE(a.name, ''), SUM(s.first_rank = 1), COUNT(*)
 FROM temp.report_scope s LEFT JOIN agency a ON a.code = s.agency_code GROUP BY s.agency_code;
SELECT route, SUM(first_rank = 1), COUNT(*) FROM temp.report_scope GROUP BY route;
SELECT identification_status, SUM(first_rank = 1), COUNT(*) FROM temp.report_scope
 GROUP BY identification_status;
SELECT sex, age_band, COUNT(*) FROM temp.report_scope WHERE first_rank = 1 GROUP BY sex, age_band;
SELECT s.nationality, SUM(s.first_rank = 1), COUNT(*) FROM temp.report_scope s
 WHERE s.nationality <> 'VN' GROUP BY s.nationality;
SELECT s.type_code, COUNT(DISTINCT CASE WHEN s.status = 'provided' THEN r.person_id END),
 SUM(s.status = 'provided'), SUM(CASE WHEN s.status = 'provided' THEN s.quantity ELSE 0 END),
 SUM(CASE WHEN s.status = 'provided' THEN s.amount_vnd ELSE 0 END),
 SUM(s.status = 'referred'), SUM(s.status = 'declined'), SUM(s.status = 'not_needed')
 FROM support s JOIN reception r INDEXED BY reception_id_report ON r.id = s.reception_id
 JOIN person p INDEXED BY person_report ON p.id = r.person_id
 WHERE s.archived = 0 AND r.archived = 0 AND p.archived = 0
  AND s.support_date >= '$from' AND s.support_date <= '$to' GROUP BY s.type_code;
SELECT COUNT(DISTINCT r.person_id) FROM support s
 JOIN reception r INDEXED BY reception_id_report ON r.id = s.reception_id
 JOIN person p INDEXED BY person_report ON p.id = r.person_id WHERE s.archived = 0 AND r.archived = 0 AND p.archived = 0
 AND s.status = 'provided' AND s.support_date >= '$from' AND s.support_date <= '$to';
SELECT CASE WHEN case_status = 'open' THEN 'open' WHEN outcome = '' THEN 'other' ELSE outcome END
 AS code, SUM(last_rank = 1), COUNT(*) FROM temp.report_scope GROUP BY code;
SELECT COUNT(*), COUNT(DISTINCT r.person_id) FROM follow_up u JOIN reception r INDEXED BY reception_id_report ON r.id = u.reception_id
 JOIN person p INDEXED BY person_report ON p.id = r.person_id WHERE u.archived = 0 AND r.archived = 0 AND p.archived = 0
 AND u.follow_up_date >= '$from' AND u.follow_up_date <= '$to';
SELECT COUNT(*), SUM(persons_total), SUM(classified <> 0), SUM(persons_verified),
 SUM(cases_identified), SUM(victims_identified) FROM handover_batch
 WHERE archived = 0 AND batch_date >= '$from' AND batch_date <= '$to';
SQL
}

# The whole report: the period, then each calendar year in it (ReportQueries::summary()).
report_sql() {
    local from="$1" to="$2" y
    figures_sql "$from" "$to"
    for ((y = ${from:0:4}; y <= ${to:0:4}; y++)); do
        local f="$y-01-01" t="$y-12-31"
        [[ "$f" < "$from" ]] && f="$from"
        [[ "$t" > "$to" ]] && t="$to"
        figures_sql "$f" "$t"
    done
}

export_sql() {
    local from="$1" to="$2" out="$3"
    cat <<SQL
.headers on
.mode csv
.once $out
SELECT p.id, p.uuid, p.case_code, p.full_name, p.other_names, p.sex, p.birth_date,
 p.estimated_age_years, p.estimated_age_as_of, p.nationality, p.ethnicity,
 p.document_type, p.document_number, p.residence_era, p.residence_province,
 p.residence_commune, p.residence_commune_text, p.address_line, p.phone,
 p.family_contact, p.consent_services, p.consent_sharing, p.consent_statistics, p.notes,
 r.id, r.uuid, r.reception_date, r.agency_code, b.uuid, r.country_code, r.route,
 r.exploitation, r.identification_status, r.identification_agency_code,
 r.identification_date, r.identification_basis, r.case_status, r.outcome,
 r.closed_date, r.notes, r.age_band, r.batch_id,
 (SELECT group_concat(t, '|') FROM (SELECT s.type_code || ':' || count(*) || ':'
   || sum(s.amount_vnd) AS t FROM support s WHERE s.reception_id = r.id
   AND s.archived = 0 AND s.status = 'provided' GROUP BY s.type_code))
 FROM reception r CROSS JOIN person p ON p.id = r.person_id
 LEFT JOIN handover_batch b ON b.id = r.batch_id
 WHERE r.archived = 0 AND p.archived = 0
 AND r.reception_date >= '$from' AND r.reception_date <= '$to'
 ORDER BY r.reception_date, r.id;
SQL
}

now() { date +%s.%N; }

# best_of CMD...: the best wall-clock seconds of $runs runs.
best_of() {
    local best="" i start end t
    for ((i = 0; i < runs; i++)); do
        start=$(now)
        "$@" >/dev/null 2>"$work/stderr" || { echo "failed: $*" >&2; cat "$work/stderr" >&2; exit 1; }
        end=$(now)
        t=$(echo "$end - $start" | bc -l)
        if [ -z "$best" ] || (($(echo "$t < $best" | bc -l))); then best=$t; fi
    done
    echo "$best"
}

# The same page cache as ours (src/storage/Database.cpp).
run_sqlite() { (echo 'PRAGMA cache_size = -65536;'; cat "$1") | sqlite3 -readonly "$db"; }

user="${SAFERETURN_BENCH_USER:-admin}"
export SAFERETURN_PASSWORD="${SAFERETURN_PASSWORD:-SafeReturn-demo-2026}"
if [ "$(sqlite3 -readonly "$db" 'SELECT count(*) FROM app_user')" = 0 ]; then
    SAFERETURN_NEW_PASSWORD="$SAFERETURN_PASSWORD" "$bin" user add --db "$db" \
        --role administrator "$user" >/dev/null
fi

printf 'database %s (%s MB), %s, load %s\n' "$db" "$(($(stat -c %s "$db") / 1000000))" \
    "$(sqlite3 -version | cut -d' ' -f1)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-28s %10s %10s %8s %10s\n' "work" "ours s" "sqlite3 s" "ratio" "net ratio"

# net ratio: ours less our start + login (the empty report below), divided by sqlite3's.
row() {
    local name="$1" ours="$2" theirs="$3" extra="${4:-}"
    printf '%-28s %10.3f %10.3f %8.2f %10.2f %s\n' "$name" "$ours" "$theirs" \
        "$(echo "$ours / $theirs" | bc -l)" "$(echo "($ours - $login) / $theirs" | bc -l)" "$extra"
}

report() {
    local name="$1" from="$2" to="$3"
    report_sql "$from" "$to" >"$work/report.sql"
    local ours theirs
    ours=$(best_of "$bin" report --db "$db" --user "$user" --from "$from" --to "$to" --format json \
        -o "$work/report.json")
    theirs=$(best_of run_sqlite "$work/report.sql")
    row "report $name" "$ours" "$theirs"
}

# What every run of ours pays before its work: start, open, Argon2id login, an empty report.
login=$(best_of "$bin" report --db "$db" --user "$user" --from 1990-01-01 --to 1990-01-01 \
    --format json -o "$work/empty.json")
printf '%-28s %10.3f\n' "our start + login (empty)" "$login"

# ONLY=reports, ONLY=export or ONLY=demo runs one part.
if [ "${ONLY:-reports}" = reports ]; then
    report "all years" 2000-01-01 "$today"
    report "five years 2021-2025" 2021-01-01 2025-12-31
    report "one year 2025" 2025-01-01 2025-12-31
    report "quarter 2025 Q2" 2025-04-01 2025-06-30
fi

export_csv() {
    local name="$1"
    shift
    export_sql 2000-01-01 "$today" "$work/sqlite3.csv" >"$work/export.sql"
    local ours theirs ours_mb theirs_mb
    ours=$(best_of "$bin" export --db "$db" --user "$user" --from 2000-01-01 --to "$today" "$@" \
        -o "$work/ours.csv")
    theirs=$(best_of run_sqlite "$work/export.sql")
    ours_mb=$(echo "$(stat -c %s "$work/ours.csv") / 1000000 / $ours" | bc -l)
    theirs_mb=$(echo "$(stat -c %s "$work/sqlite3.csv") / 1000000 / $theirs" | bc -l)
    row "export $name" "$ours" "$theirs" \
        "$(printf '(ours %.1f MB/s of %d MB, sqlite3 %.1f MB/s of %d MB)' "$ours_mb" \
            $(($(stat -c %s "$work/ours.csv") / 1000000)) "$theirs_mb" \
            $(($(stat -c %s "$work/sqlite3.csv") / 1000000)))"
}

# The shell's CSV mode on the same records laid out in date order, as a register entered over the
# years would be (the demo writes persons in random date order): a copy whose row ids follow the
# first reception date (persons), the reception date (receptions) and the reception (supports).
export_date_ordered() {
    local copy="$work/ordered.db" p r s
    rm -f "$copy"
    p=$(sqlite3 -readonly "$db" "SELECT group_concat(name, ',') FROM pragma_table_info('person')
        WHERE name <> 'id'")
    r=$(sqlite3 -readonly "$db" "SELECT group_concat(CASE name WHEN 'person_id' THEN 'pm.new'
        ELSE 'x.' || name END, ',') FROM pragma_table_info('reception') WHERE name <> 'id'")
    s=$(sqlite3 -readonly "$db" "SELECT group_concat(CASE name WHEN 'reception_id' THEN 'rm.new'
        ELSE 'x.' || name END, ',') FROM pragma_table_info('support') WHERE name <> 'id'")
    {
        echo "ATTACH '$db' AS src;"
        sqlite3 -readonly "$db" "SELECT sql || ';' FROM sqlite_master WHERE type = 'table' AND
            name IN ('person', 'reception', 'support', 'handover_batch', 'country', 'agency')"
        cat <<SQL
CREATE TEMP TABLE pm AS SELECT p.id AS old, ROW_NUMBER() OVER (ORDER BY (SELECT min(reception_date)
 FROM src.reception r WHERE r.person_id = p.id), p.id) AS new FROM src.person p;
CREATE INDEX temp.pm_old ON pm (old);
CREATE TEMP TABLE rm AS SELECT id AS old, ROW_NUMBER() OVER (ORDER BY reception_date, id) AS new
 FROM src.reception;
CREATE INDEX temp.rm_old ON rm (old);
BEGIN;
INSERT INTO handover_batch SELECT * FROM src.handover_batch;
INSERT INTO country SELECT * FROM src.country;
INSERT INTO agency SELECT * FROM src.agency;
INSERT INTO person (id, $p) SELECT pm.new, $p FROM src.person x JOIN pm ON pm.old = x.id
 ORDER BY pm.new;
INSERT INTO reception SELECT rm.new, $r FROM src.reception x JOIN rm ON rm.old = x.id
 JOIN pm ON pm.old = x.person_id ORDER BY rm.new;
INSERT INTO support SELECT NULL, $s FROM src.support x JOIN rm ON rm.old = x.reception_id
 ORDER BY rm.new, x.id;
COMMIT;
SQL
        sqlite3 -readonly "$db" "SELECT sql || ';' FROM sqlite_master WHERE type = 'index' AND
            sql IS NOT NULL AND tbl_name IN ('person', 'reception', 'support', 'handover_batch')"
    } | sqlite3 "$copy" >/dev/null
    export_sql 2000-01-01 "$today" "$work/ordered.csv" >"$work/export.sql"
    local theirs theirs_mb
    theirs=$(best_of sh -c "(echo 'PRAGMA cache_size = -65536;'; cat '$work/export.sql') |
        sqlite3 -readonly '$copy'")
    theirs_mb=$(echo "$(stat -c %s "$work/ordered.csv") / 1000000 / $theirs" | bc -l)
    printf '%-28s %10s %10.3f %31s\n' "sqlite3 csv, date-ordered" "" "$theirs" \
        "$(printf '%.1f MB/s of %d MB' "$theirs_mb" $(($(stat -c %s "$work/ordered.csv") / 1000000)))"
    rm -f "$copy"
}

if [ "${ONLY:-export}" = export ]; then
    export_csv "csv de-identified"
    export_csv "csv full" --full
    export_date_ordered
fi

# copy_records WHAT: seconds and rows/s of SQLite copying every record of $db into an empty
# database of our schema (made by our own `demo` with one person, whose records are removed
# first; the no-delete triggers are dropped in that scratch copy only). WHAT=bare also drops the
# secondary indexes and the report triggers before copying.
copy_records() {
    local target="$work/copy.db" drop=""
    rm -f "$target" "$target-wal" "$target-shm"
    "$bin" demo --db "$target" --persons 1 >/dev/null 2>&1
    drop=$(sqlite3 "$target" "SELECT group_concat('DROP TRIGGER ' || name || ';', ' ') FROM sqlite_master
        WHERE type = 'trigger' AND name LIKE '%_no_delete' AND name <> 'audit_log_no_delete'")
    if [ "$1" = bare ]; then
        drop="$drop $(sqlite3 "$target" "SELECT group_concat(x, ' ') FROM (
            SELECT 'DROP INDEX ' || name || ';' AS x FROM sqlite_master WHERE type = 'index'
            AND sql IS NOT NULL AND tbl_name IN ('person', 'reception', 'support', 'follow_up',
            'handover_batch') UNION ALL SELECT 'DROP TRIGGER ' || name || ';' FROM sqlite_master
            WHERE type = 'trigger' AND name LIKE 'report_dirty%')")"
    fi
    sqlite3 "$target" >/dev/null <<SQL
PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;
PRAGMA cache_size = -65536;
$drop
DELETE FROM follow_up; DELETE FROM support; DELETE FROM reception; DELETE FROM person;
DELETE FROM handover_batch; DELETE FROM person_search; DELETE FROM report_dirty;
SQL
    local rows start end
    rows=$(sqlite3 -readonly "$db" "SELECT (SELECT count(*) FROM person) + (SELECT count(*) FROM
        reception) + (SELECT count(*) FROM support) + (SELECT count(*) FROM follow_up) +
        (SELECT count(*) FROM handover_batch)")
    start=$(now)
    sqlite3 "$target" >/dev/null <<SQL
PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536;
ATTACH '$db' AS src;
BEGIN;
INSERT INTO handover_batch SELECT * FROM src.handover_batch;
INSERT INTO person SELECT * FROM src.person;
INSERT INTO reception SELECT * FROM src.reception;
INSERT INTO support SELECT * FROM src.support;
INSERT INTO follow_up SELECT * FROM src.follow_up;
INSERT INTO person_search (rowid, content) SELECT id, c0 FROM src.person_search_content;
COMMIT;
SQL
    end=$(now)
    printf '%-28s %10.3f %31s\n' "sqlite3 copy, $1" "$(echo "$end - $start" | bc -l)" \
        "$(printf '%.0f rows/s of %d rows' "$(echo "$rows / ($end - $start)" | bc -l)" "$rows")"
    rm -f "$target" "$target-wal" "$target-shm"
}

if [ "${ONLY:-demo}" = demo ]; then
    copy_records "our schema"
    copy_records bare
fi
