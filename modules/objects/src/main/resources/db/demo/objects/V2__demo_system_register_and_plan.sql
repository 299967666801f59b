-- Demo data (development mode only): Ådalens kommun's system register and the approved 2026 objektplan of
-- "Verksamhetssystem äldreomsorg". Every system of that object has both specialists, so its leads can submit
-- next year's plan; Skolplattform and Ekonomisystem show what the warnings look like.
INSERT INTO objects_it_system
    (name, description, managed_object_id, org_unit_id, supplier, contract_end, lifecycle, criticality, disposition,
     personal_data, sensitive_data, processor_agreement, integrations, business_specialist_username, it_specialist_username)
SELECT v.name, v.description, o.id, u.id, v.supplier, v.contract_end, v.lifecycle, v.criticality, v.disposition,
       v.personal_data, v.sensitive_data, v.processor_agreement, v.integrations, v.business, v.it
FROM (
  SELECT 'Verksamhetssystem för äldreomsorg' name,
         'Biståndshandläggning, utförardokumentation och journal för äldreomsorgen.' description,
         'Verksamhetssystem äldreomsorg' object_name, 'SOC' unit, 'Omsorgssystem Norden AB' supplier,
         DATE '2028-03-31' contract_end, 'IN_USE' lifecycle, 'CRITICAL' criticality, 'TOLERATE' disposition,
         TRUE personal_data, TRUE sensitive_data, TRUE processor_agreement,
         'Ekonomisystem\nE-arkiv\nMobil dokumentation i hemtjänsten' integrations, 'anna' business, 'sara' it
  UNION ALL SELECT 'Mobil dokumentation i hemtjänsten',
         'App för dokumentation, larmkvittens och besöksregistrering hos brukaren.',
         'Verksamhetssystem äldreomsorg', 'SOC', 'Omsorgssystem Norden AB', DATE '2028-03-31', 'IN_USE', 'HIGH',
         'INVEST', TRUE, TRUE, TRUE, 'Verksamhetssystem för äldreomsorg', 'karin', 'sara'
  UNION ALL SELECT 'Planeringsverktyg för hemtjänsten',
         'Schemaläggning och ruttplanering av hemtjänstens besök; ersätts av verksamhetssystemets planeringsmodul.',
         'Verksamhetssystem äldreomsorg', 'SOC', 'Ruttplan AB', DATE '2026-12-31', 'PHASING_OUT', 'MEDIUM',
         'ELIMINATE', TRUE, FALSE, TRUE, 'Verksamhetssystem för äldreomsorg', 'karin', 'ahmed'
  UNION ALL SELECT 'Lärplattform',
         'Lärplattform för grundskolan: uppgifter, bedömning och kommunikation med vårdnadshavare.',
         'Skolplattform', 'UBF', 'Skolplattformen i Sverige AB', DATE '2027-07-31', 'IN_USE', 'HIGH', 'INVEST',
         TRUE, FALSE, TRUE, 'Elevregister\nE-legitimation', 'erik', NULL
  UNION ALL SELECT 'Elevregister och närvaro',
         'Elevuppgifter, schema och närvaro- och frånvarorapportering.',
         'Skolplattform', 'UBF', 'Skolplattformen i Sverige AB', DATE '2027-07-31', 'IN_USE', 'HIGH', 'TOLERATE',
         TRUE, TRUE, TRUE, 'Lärplattform', NULL, NULL
  UNION ALL SELECT 'Ekonomisystem',
         'Redovisning, leverantörsfakturor, budget och uppföljning för hela kommunen.',
         'Ekonomisystem', 'KLF', 'Ekonomidata AB', DATE '2029-12-31', 'IN_USE', 'CRITICAL', 'TOLERATE',
         TRUE, FALSE, TRUE, 'E-handel\nPersonalsystem', 'berit', NULL
  UNION ALL SELECT 'E-handel och inköp',
         'Beställningar från avtalade leverantörer med attest i flera steg.',
         'Ekonomisystem', 'KLF', 'Inköpsportalen AB', DATE '2027-06-30', 'IN_USE', 'MEDIUM', 'MIGRATE',
         FALSE, FALSE, FALSE, 'Ekonomisystem', NULL, NULL
  UNION ALL SELECT 'Diarium och ärendehantering',
         'Registrering av handlingar, ärendehantering och nämndadministration.',
         'Ärende- och dokumenthantering', 'KLF', 'Dokumenta AB', DATE '2030-01-31', 'IN_USE', 'HIGH', 'TOLERATE',
         TRUE, TRUE, TRUE, 'E-arkiv', 'jonas', 'sara'
  UNION ALL SELECT 'E-arkiv',
         'Kommungemensamt e-arkiv för slutarkivering av digitala handlingar.',
         'Ärende- och dokumenthantering', 'KLF', NULL, NULL, 'IN_USE', 'HIGH', 'INVEST',
         TRUE, TRUE, FALSE, 'Diarium och ärendehantering\nVerksamhetssystem för äldreomsorg', 'jonas', 'sara'
  UNION ALL SELECT 'Bygglovssystem',
         'Handläggning av bygglov, anmälan och tillsyn enligt plan- och bygglagen.',
         NULL, 'SBF', 'Samhällsbyggarna AB', DATE '2026-12-31', 'IN_USE', 'HIGH', 'MIGRATE',
         TRUE, FALSE, TRUE, 'E-arkiv\nKartplattform', NULL, NULL
  UNION ALL SELECT 'Bibliotekssystem',
         'Katalog, utlån och låntagarregister för kommunens bibliotek.',
         NULL, 'KFF', 'Biblioteksdata AB', DATE '2028-12-31', 'IN_USE', 'LOW', 'TOLERATE',
         TRUE, FALSE, TRUE, NULL, NULL, NULL
) v
JOIN kernel_org_unit u ON u.code = v.unit
LEFT JOIN objects_managed_object o ON o.name = v.object_name;

INSERT INTO objects_plan (managed_object_id, plan_year, status, overall_plan, decided_by, decided_at)
SELECT id, 2026, 'APPROVED',
       'Objektet ska ge äldreomsorgen ett stabilt verksamhetssystem med mobil dokumentation i hela hemtjänsten. '
       'På kort sikt avvecklas det separata planeringsverktyget; på lång sikt förbereds upphandling inför avtalsslutet 2028.',
       'olle', TIMESTAMP '2025-12-10 14:00:00'
FROM objects_managed_object WHERE name = 'Verksamhetssystem äldreomsorg';

INSERT INTO objects_plan_goal (plan_id, position, description, outcome)
SELECT p.id, v.position, v.description, NULL FROM (
  SELECT 0 position, 'All hemtjänstpersonal dokumenterar i mobilen i stället för på papper.' description UNION ALL
  SELECT 1, 'Planeringsverktyget avvecklas och planeringen sker i verksamhetssystemet.'
) v JOIN objects_plan p ON p.plan_year = 2026
JOIN objects_managed_object o ON o.id = p.managed_object_id AND o.name = 'Verksamhetssystem äldreomsorg';

INSERT INTO objects_plan_activity (plan_id, position, kind, description, quarter, owner_name, cost)
SELECT p.id, v.position, v.kind, v.description, v.quarter, v.owner_name, v.cost FROM (
  SELECT 0 position, 'VIDAREUTVECKLING' kind, 'Införa mobil dokumentation i Hemtjänsten Norra' description,
         2 quarter, 'lena' owner_name, 180000 cost UNION ALL
  SELECT 1, 'VIDAREUTVECKLING', 'Flytta planeringen till verksamhetssystemets planeringsmodul', 3, 'ahmed', 240000 UNION ALL
  SELECT 2, 'VIDMAKTHALLANDE', 'Versionsuppgradering och regressionstest', 1, 'ahmed', 60000 UNION ALL
  SELECT 3, 'VIDMAKTHALLANDE', 'Behörighetsgenomgång och loggkontroll', 4, 'lena', 20000
) v JOIN objects_plan p ON p.plan_year = 2026
JOIN objects_managed_object o ON o.id = p.managed_object_id AND o.name = 'Verksamhetssystem äldreomsorg';

INSERT INTO objects_plan_budget_line (plan_id, position, category, amount)
SELECT p.id, v.position, v.category, v.amount FROM (
  SELECT 0 position, 'Licenser och drift' category, 1450000 amount UNION ALL
  SELECT 1, 'Vidareutveckling', 420000 UNION ALL
  SELECT 2, 'Förvaltning och support', 310000
) v JOIN objects_plan p ON p.plan_year = 2026
JOIN objects_managed_object o ON o.id = p.managed_object_id AND o.name = 'Verksamhetssystem äldreomsorg';

INSERT INTO objects_plan_initiative (plan_id, position, term, title, case_number)
SELECT p.id, v.position, v.term, v.title, v.case_number FROM (
  SELECT 0 position, 'SHORT' term, 'Digital signering av biståndsbeslut' title, 'DIGI-2026-0001' case_number UNION ALL
  SELECT 1, 'SHORT', 'Digitala trygghetslarm i hemtjänsten', 'DIGI-2026-0004' UNION ALL
  SELECT 2, 'LONG', 'Upphandling av verksamhetssystem inför avtalsslutet 2028', NULL
) v JOIN objects_plan p ON p.plan_year = 2026
JOIN objects_managed_object o ON o.id = p.managed_object_id AND o.name = 'Verksamhetssystem äldreomsorg';
