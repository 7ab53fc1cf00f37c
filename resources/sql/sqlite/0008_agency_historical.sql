-- SafeReturn schema, version 8: agencies abolished in the 2025 reorganisation are marked
-- historical (docs/domain-guide.md, "Reference lists"). They stay for the records that name
-- them, and the reports count those records as before; the reception form offers them only
-- to a reception that already names one.

ALTER TABLE agency ADD COLUMN historical INTEGER NOT NULL DEFAULT 0 CHECK (historical IN (0, 1));

-- The shipped entries that name units abolished in 2025 (resources/data/agencies.csv marks the
-- same codes): the Departments and district offices of Labour, Invalids and Social Affairs
-- (merged on 1/3/2025), and units of Móng Cái city and Đông Triều town (district-level units
-- ended on 1/7/2025). Only the entries the program seeded; an administrator's own are theirs.
UPDATE agency
   SET historical = 1
 WHERE created_by = 'system'
   AND code IN ('ldtbxh_mong_cai', 'so_ldtbxh_qn', 'ubnd_hai_dong', 'ubnd_mao_khe');
