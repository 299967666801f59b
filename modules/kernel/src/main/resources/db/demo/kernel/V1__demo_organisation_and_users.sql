-- Demo data (development mode only): Ådalens kommun, a mid-sized Swedish municipality.
-- Every demo user has the password "demo" (bcrypt, cost 10).
INSERT INTO kernel_org_unit (code, name, kind, parent_id) VALUES
 ('KLF', 'Kommunledningsförvaltningen', 'FORVALTNING', NULL),
 ('SOC', 'Socialförvaltningen', 'FORVALTNING', NULL),
 ('UBF', 'Utbildningsförvaltningen', 'FORVALTNING', NULL),
 ('SBF', 'Stadsbyggnadsförvaltningen', 'FORVALTNING', NULL),
 ('KFF', 'Kultur- och fritidsförvaltningen', 'FORVALTNING', NULL),
 ('MHF', 'Miljö- och hälsoskyddsförvaltningen', 'FORVALTNING', NULL);

INSERT INTO kernel_org_unit (code, name, kind, parent_id)
SELECT v.code, v.name, 'VERKSAMHET', p.id FROM (
  SELECT 'KLF-DIGI' code, 'Digitaliseringsenheten' name, 'KLF' parent UNION ALL
  SELECT 'KLF-IT', 'IT-enheten', 'KLF' UNION ALL
  SELECT 'KLF-PMO', 'IT-projektkontoret', 'KLF' UNION ALL
  SELECT 'KLF-JUR', 'Juridiska enheten', 'KLF' UNION ALL
  SELECT 'KLF-UPH', 'Upphandlingsenheten', 'KLF' UNION ALL
  SELECT 'KLF-EKO', 'Ekonomienheten', 'KLF' UNION ALL
  SELECT 'SOC-ALD', 'Äldreomsorgen', 'SOC' UNION ALL
  SELECT 'SOC-IFO', 'Individ- och familjeomsorgen', 'SOC' UNION ALL
  SELECT 'SOC-FUNK', 'Funktionsstöd', 'SOC' UNION ALL
  SELECT 'UBF-FSK', 'Förskoleverksamheten', 'UBF' UNION ALL
  SELECT 'UBF-GRU', 'Grundskoleverksamheten', 'UBF' UNION ALL
  SELECT 'UBF-GYM', 'Gymnasie- och vuxenutbildningen', 'UBF' UNION ALL
  SELECT 'SBF-BYGG', 'Bygglovsenheten', 'SBF' UNION ALL
  SELECT 'SBF-GATA', 'Gatu- och parkenheten', 'SBF' UNION ALL
  SELECT 'KFF-BIB', 'Biblioteken', 'KFF' UNION ALL
  SELECT 'MHF-TILL', 'Tillsynsenheten', 'MHF'
) v JOIN kernel_org_unit p ON p.code = v.parent;

INSERT INTO kernel_org_unit (code, name, kind, parent_id)
SELECT v.code, v.name, 'ENHET', p.id FROM (
  SELECT 'SOC-ALD-HT' code, 'Hemtjänsten Norra' name, 'SOC-ALD' parent UNION ALL
  SELECT 'SOC-ALD-SAB', 'Särskilt boende Solgården', 'SOC-ALD' UNION ALL
  SELECT 'UBF-GRU-OST', 'Östra skolområdet', 'UBF-GRU'
) v JOIN kernel_org_unit p ON p.code = v.parent;

INSERT INTO kernel_user (username, full_name, email, phone, title, org_unit_id, password_hash)
SELECT v.username, v.full_name, v.email, v.phone, v.title, o.id,
       '$2a$10$1.GBLq2kXdPQ.WU/tzwzO.ygtqW5roW7rV8EakysBkP0tTIH3LhCC'
FROM (
  SELECT 'anna' username, 'Anna Lindqvist' full_name, 'anna.lindqvist@adalen.example' email, '0611-34 81 20' phone, 'Verksamhetsutvecklare' title, 'SOC-ALD' unit UNION ALL
  SELECT 'erik', 'Erik Johansson', 'erik.johansson@adalen.example', '0611-34 82 11', 'Rektor', 'UBF-GRU' UNION ALL
  SELECT 'karin', 'Karin Nordström', 'karin.nordstrom@adalen.example', '0611-34 81 02', 'Kvalitetsstrateg, kontaktperson digitalisering', 'SOC' UNION ALL
  SELECT 'berit', 'Berit Holm', 'berit.holm@adalen.example', '0611-34 80 45', 'Digitaliseringsstrateg', 'KLF-DIGI' UNION ALL
  SELECT 'jonas', 'Jonas Ek', 'jonas.ek@adalen.example', '0611-34 80 47', 'Förvaltningsledare', 'KLF-DIGI' UNION ALL
  SELECT 'rolf', 'Rolf Sandberg', 'rolf.sandberg@adalen.example', '0611-34 80 01', 'Kanslichef, rådets sekreterare', 'KLF' UNION ALL
  SELECT 'maria', 'Maria Berg', 'maria.berg@adalen.example', '0611-34 80 02', 'Digitaliseringschef, rådets ordförande', 'KLF-DIGI' UNION ALL
  SELECT 'sven', 'Sven Åkesson', 'sven.akesson@adalen.example', '0611-34 83 00', 'Förvaltningschef', 'SBF' UNION ALL
  SELECT 'petra', 'Petra Lund', 'petra.lund@adalen.example', '0611-34 80 60', 'Projektkontorsledare', 'KLF-PMO' UNION ALL
  SELECT 'olle', 'Olle Strand', 'olle.strand@adalen.example', '0611-34 81 00', 'Socialdirektör', 'SOC' UNION ALL
  SELECT 'lena', 'Lena Wikström', 'lena.wikstrom@adalen.example', '0611-34 81 30', 'Objektledare verksamhet', 'SOC-ALD' UNION ALL
  SELECT 'ahmed', 'Ahmed Karimi', 'ahmed.karimi@adalen.example', '0611-34 80 80', 'Objektledare IT', 'KLF-IT' UNION ALL
  SELECT 'sara', 'Sara Öberg', 'sara.oberg@adalen.example', '0611-34 80 81', 'Systemförvaltare', 'KLF-IT' UNION ALL
  SELECT 'admin', 'Systemadministratör', 'it-support@adalen.example', '0611-34 80 99', 'Systemadministratör', 'KLF-IT'
) v JOIN kernel_org_unit o ON o.code = v.unit;

INSERT INTO kernel_user_role (user_id, role_name)
SELECT u.id, v.role_name FROM (
  SELECT 'anna' username, 'SUBMITTER' role_name UNION ALL
  SELECT 'erik', 'SUBMITTER' UNION ALL
  SELECT 'karin', 'SUBMITTER' UNION ALL
  SELECT 'karin', 'UNIT_CONTACT' UNION ALL
  SELECT 'berit', 'PREPARER' UNION ALL
  SELECT 'jonas', 'PREPARER' UNION ALL
  SELECT 'rolf', 'COUNCIL_MEMBER' UNION ALL
  SELECT 'rolf', 'COUNCIL_SECRETARY' UNION ALL
  SELECT 'maria', 'COUNCIL_MEMBER' UNION ALL
  SELECT 'sven', 'COUNCIL_MEMBER' UNION ALL
  SELECT 'petra', 'PROJECT_OFFICE' UNION ALL
  SELECT 'olle', 'OBJECT_OWNER' UNION ALL
  SELECT 'olle', 'COUNCIL_MEMBER' UNION ALL
  SELECT 'lena', 'OBJECT_LEAD' UNION ALL
  SELECT 'ahmed', 'OBJECT_LEAD' UNION ALL
  SELECT 'sara', 'SYSTEM_SPECIALIST' UNION ALL
  SELECT 'admin', 'ADMIN'
) v JOIN kernel_user u ON u.username = v.username;
