-- Demo data (development mode only): the project office's reporting tool reads the portfolio feeds as a
-- read-only API client (password "demo", as every demo user).
INSERT INTO kernel_user (username, full_name, email, phone, title, org_unit_id, password_hash)
SELECT 'projektkontoret-api', 'Projektkontorets rapportverktyg', 'projektkontoret@adalen.example', NULL,
       'API-klient (endast läsning)', o.id, '$2a$10$1.GBLq2kXdPQ.WU/tzwzO.ygtqW5roW7rV8EakysBkP0tTIH3LhCC'
FROM kernel_org_unit o WHERE o.code = 'KLF-PMO';

INSERT INTO kernel_user_role (user_id, role_name)
SELECT id, 'API_CLIENT' FROM kernel_user WHERE username = 'projektkontoret-api';
