-- Demo data (development mode only): the förvaltningschefer, and the council's fifth member so that the
-- utskott has its five members (seed 003). Password "demo" like every demo user.
INSERT INTO kernel_user (username, full_name, email, phone, title, org_unit_id, password_hash)
SELECT 'ingrid', 'Ingrid Sjöberg', 'ingrid.sjoberg@adalen.example', '0611-34 82 00', 'Utbildningsdirektör', o.id,
       '$2a$10$1.GBLq2kXdPQ.WU/tzwzO.ygtqW5roW7rV8EakysBkP0tTIH3LhCC'
FROM kernel_org_unit o WHERE o.code = 'UBF';

INSERT INTO kernel_user_role (user_id, role_name)
SELECT u.id, 'COUNCIL_MEMBER' FROM kernel_user u WHERE u.username = 'ingrid';

UPDATE kernel_org_unit SET manager_username = 'olle' WHERE code = 'SOC';
UPDATE kernel_org_unit SET manager_username = 'sven' WHERE code = 'SBF';
UPDATE kernel_org_unit SET manager_username = 'ingrid' WHERE code = 'UBF';
