-- SafeReturn schema, version 15: a database that holds demonstration records says so in its
-- settings (key 'demo_data'), so that the main window can show its banner ("Dữ liệu minh họa —
-- không dùng cho hồ sơ thật", docs/user-guide.md) without reading the audit log at every start.
-- The demo generator (src/demo/DemoDataService.cpp) writes the key in the transaction of its
-- records; this step marks the databases it filled before, by their audit rows "demo" (read once
-- here). Written for SQLite too (resources/sql/sqlite/0015_demo_marker.sql).

INSERT INTO settings (key, value)
SELECT 'demo_data', '1'
WHERE EXISTS (SELECT 1 FROM audit_log WHERE action = 'demo')
ON CONFLICT (key) DO NOTHING;
