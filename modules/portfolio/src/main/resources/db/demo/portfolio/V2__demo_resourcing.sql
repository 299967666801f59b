-- Demo data (development mode only): the project office's resourcing of last year's items.
UPDATE portfolio_item SET project_lead = 'Petra Lund', planned_start = '2025-03-01', planned_end = '2026-06-30',
    estimated_total_hours = 1200, updated_at = UTC_TIMESTAMP(6) - INTERVAL 20 DAY
 WHERE case_number = 'DIGI-2025-0004';
UPDATE portfolio_item SET project_lead = 'Ahmed Karimi', planned_start = '2025-01-15', planned_end = '2025-09-30',
    estimated_total_hours = 600, updated_at = UTC_TIMESTAMP(6) - INTERVAL 90 DAY
 WHERE case_number = 'DIGI-2025-0009';
UPDATE portfolio_item SET project_lead = 'Jonas Ek', planned_start = '2026-02-01', planned_end = '2026-12-31',
    estimated_total_hours = 900, updated_at = UTC_TIMESTAMP(6) - INTERVAL 10 DAY
 WHERE case_number = 'DIGI-2025-0012';
UPDATE portfolio_item SET project_lead = 'Sara Öberg', planned_start = '2025-09-01', planned_end = '2026-05-31',
    updated_at = UTC_TIMESTAMP(6) - INTERVAL 40 DAY
 WHERE case_number = 'DIGI-2025-0015';
UPDATE portfolio_item SET updated_at = UTC_TIMESTAMP(6) - INTERVAL 60 DAY WHERE case_number = 'DIGI-2025-0021';

INSERT INTO portfolio_budget_line (item_id, budget_year, investment_sek, operation_sek)
SELECT i.id, v.budget_year, v.investment_sek, v.operation_sek FROM (
  SELECT 'DIGI-2025-0004' case_number, 2025 budget_year, 850000 investment_sek, 120000 operation_sek UNION ALL
  SELECT 'DIGI-2025-0004', 2026, 300000, 240000 UNION ALL
  SELECT 'DIGI-2025-0009', 2025, 420000, 60000 UNION ALL
  SELECT 'DIGI-2025-0012', 2026, 1100000, 180000 UNION ALL
  SELECT 'DIGI-2025-0015', 2026, 250000, 40000
) v JOIN portfolio_item i ON i.case_number = v.case_number;

-- Bookings over this year and next: mobile documentation (pilot) and the automated handling of försörjningsstöd.
INSERT INTO portfolio_booking (item_id, kind_code, person, from_month, to_month, hours_per_month)
SELECT i.id, v.kind_code, v.person,
       DATE_FORMAT(UTC_DATE() + INTERVAL v.from_offset MONTH, '%Y-%m-01'),
       DATE_FORMAT(UTC_DATE() + INTERVAL v.to_offset MONTH, '%Y-%m-01'), v.hours
FROM (
  SELECT 'DIGI-2025-0004' case_number, 'PROJECT_LEAD' kind_code, 'Petra Lund' person, -2 from_offset, 6 to_offset, 60 hours UNION ALL
  SELECT 'DIGI-2025-0004', 'DEVELOPER', 'Ahmed Karimi', -1, 4, 120 UNION ALL
  SELECT 'DIGI-2025-0004', 'INFOSEC', NULL, 0, 1, 30 UNION ALL
  SELECT 'DIGI-2025-0012', 'PROJECT_LEAD', 'Jonas Ek', 0, 10, 80 UNION ALL
  SELECT 'DIGI-2025-0012', 'LEGAL', NULL, 1, 2, 60 UNION ALL
  SELECT 'DIGI-2025-0012', 'DEVELOPER', NULL, 1, 8, 200
) v JOIN portfolio_item i ON i.case_number = v.case_number;

-- Status over time (the latest is also kept on the item).
INSERT INTO portfolio_status_report (item_id, reported_at, reported_by, rag, progress, note, next_steps)
SELECT i.id, UTC_TIMESTAMP(6) - INTERVAL v.days_ago DAY, 'petra', v.rag, v.progress, v.note, v.next_steps FROM (
  SELECT 'DIGI-2025-0004' case_number, 120 days_ago, 'GREEN' rag, 15 progress,
         'Piloten startad i hemtjänsten Norra med tolv medarbetare.' note, 'Utbilda nästa arbetslag.' next_steps UNION ALL
  SELECT 'DIGI-2025-0004', 60, 'AMBER', 40, 'Inloggningen med e-legitimation krånglar i surfplattorna.',
         'Leverantören rättar inloggningen; ny version i nästa månad.' UNION ALL
  SELECT 'DIGI-2025-0004', 20, 'GREEN', 55, 'Ny version installerad; dokumentationen görs nu hos brukaren.',
         'Utvärdera piloten inför breddinförande.' UNION ALL
  SELECT 'DIGI-2025-0012', 10, 'RED', 10, 'Rättsligt underlag för automatiserade beslut saknas.',
         'Jurist granskar stöd i förvaltningslagen.'
) v JOIN portfolio_item i ON i.case_number = v.case_number;

UPDATE portfolio_item SET current_status = 'GREEN', current_progress = 55 WHERE case_number = 'DIGI-2025-0004';
UPDATE portfolio_item SET current_status = 'RED', current_progress = 10 WHERE case_number = 'DIGI-2025-0012';

-- Benefits followed up, also after the school transport e-service was done.
INSERT INTO portfolio_benefit (item_id, description, stakeholder, benefit_type, indicator, baseline, target, owner,
                               next_follow_up, created_at)
SELECT i.id, v.description, v.stakeholder, v.benefit_type, v.indicator, v.baseline, v.target, v.owner,
       UTC_DATE() + INTERVAL v.follow_up_days DAY, UTC_TIMESTAMP(6) - INTERVAL 200 DAY FROM (
  SELECT 'DIGI-2025-0009' case_number, 'Färre pappersansökningar om skolskjuts att registrera för hand' description,
         'Skoladministratörer' stakeholder, 'REDISTRIBUTION' benefit_type, 'Timmar per termin för registrering' indicator,
         160 baseline, 20 target, 'Erik Johansson' owner, 45 follow_up_days UNION ALL
  SELECT 'DIGI-2025-0004', 'Mer tid hos brukaren när dokumentationen görs på plats',
         'Brukare och medarbetare i hemtjänsten', 'QUALITY', 'Minuter dokumentation per besök', 12, 4,
         'Olle Strand', 30
) v JOIN portfolio_item i ON i.case_number = v.case_number;

INSERT INTO portfolio_benefit_measurement (benefit_id, measured_on, measured, note, recorded_by)
SELECT b.id, UTC_DATE() - INTERVAL v.days_ago DAY, v.measured, v.note, 'petra'
FROM (
  SELECT 'DIGI-2025-0009' case_number, 150 days_ago, 90 measured, 'Första terminen med e-tjänsten.' note UNION ALL
  SELECT 'DIGI-2025-0009', 20, 35, 'Andra terminen; fler ansöker digitalt.' UNION ALL
  SELECT 'DIGI-2025-0004', 30, 8, 'Mätt i hemtjänsten Norra.'
) v JOIN portfolio_item i ON i.case_number = v.case_number
    JOIN portfolio_benefit b ON b.item_id = i.id;

-- The library's self-service pilot was evaluated and stopped.
UPDATE portfolio_item SET pilot_learned = 'Besökarna uppskattade öppettiderna men larm och inpassering kostade mer än beräknat.',
    pilot_decision = 'STOP', pilot_evaluated_at = UTC_TIMESTAMP(6) - INTERVAL 65 DAY, pilot_evaluated_by = 'petra'
 WHERE case_number = 'DIGI-2025-0021';
