-- SafeReturn schema for PostgreSQL, version 8: agencies abolished in the 2025 reorganisation are
-- marked historical (resources/sql/sqlite/0008_agency_historical.sql explains it). The column is
-- in 0001_initial.sql; the reference lists are seeded after step 1, so the marking is here, as
-- in SQLite.

UPDATE agency
   SET historical = 1
 WHERE created_by = 'system'
   AND code IN ('ldtbxh_mong_cai', 'so_ldtbxh_qn', 'ubnd_hai_dong', 'ubnd_mao_khe');
