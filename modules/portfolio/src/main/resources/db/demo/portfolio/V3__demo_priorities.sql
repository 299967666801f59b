-- Demo data (development mode only): next year's prioritization with a budget of 3.5 Mkr, the open demo items
-- assessed on the default criteria, and one saved scenario ("Grundförslag") with what the selection suggests:
-- hemtjänstens mobila dokumentation (1 200 tkr, 425 p) and felanmälan (600 tkr, 325 p) fit; försörjningsstödet
-- (2 500 tkr, 360 p) does not fit beside the first.
INSERT INTO portfolio_priority_year (budget_year, budget_tkr) VALUES (YEAR(UTC_DATE()) + 1, 3500);

INSERT INTO portfolio_priority_assessment (budget_year, case_number, cost_tkr, forcing) VALUES
 (YEAR(UTC_DATE()) + 1, 'DIGI-2025-0004', 1200, 'NONE'),
 (YEAR(UTC_DATE()) + 1, 'DIGI-2025-0012', 2500, 'NONE'),
 (YEAR(UTC_DATE()) + 1, 'DIGI-2025-0015', 600, 'NONE');

INSERT INTO portfolio_priority_score (assessment_id, criterion_code, score)
SELECT a.id, s.code, s.score FROM portfolio_priority_assessment a
JOIN (SELECT 'DIGI-2025-0004' AS case_number, 'BENEFIT' AS code, 5 AS score
      UNION ALL SELECT 'DIGI-2025-0004', 'STRATEGIC_FIT', 4 UNION ALL SELECT 'DIGI-2025-0004', 'URGENCY', 4
      UNION ALL SELECT 'DIGI-2025-0004', 'RISK', 2 UNION ALL SELECT 'DIGI-2025-0004', 'COST', 3
      UNION ALL SELECT 'DIGI-2025-0012', 'BENEFIT', 4 UNION ALL SELECT 'DIGI-2025-0012', 'STRATEGIC_FIT', 5
      UNION ALL SELECT 'DIGI-2025-0012', 'URGENCY', 3 UNION ALL SELECT 'DIGI-2025-0012', 'RISK', 4
      UNION ALL SELECT 'DIGI-2025-0012', 'COST', 4
      UNION ALL SELECT 'DIGI-2025-0015', 'BENEFIT', 3 UNION ALL SELECT 'DIGI-2025-0015', 'STRATEGIC_FIT', 2
      UNION ALL SELECT 'DIGI-2025-0015', 'URGENCY', 3 UNION ALL SELECT 'DIGI-2025-0015', 'RISK', 1
      UNION ALL SELECT 'DIGI-2025-0015', 'COST', 1) s ON s.case_number = a.case_number
WHERE a.budget_year = YEAR(UTC_DATE()) + 1;

INSERT INTO portfolio_scenario (budget_year, name, budget_tkr, weights, total_cost_tkr, total_value, created_by, created_at)
VALUES (YEAR(UTC_DATE()) + 1, 'Grundförslag', 3500,
        'Nytta för verksamhet och invånare 35, Strategisk betydelse 25, Angelägenhet 15, Risk 15, Kostnad och resursbehov 10',
        1800, 750, 'petra', UTC_TIMESTAMP(6) - INTERVAL 2 DAY);

INSERT INTO portfolio_scenario_line (scenario_id, position, case_number, title, service_area_code, cost_tkr, value, forcing, selected)
SELECT s.id, l.position, l.case_number, l.title, l.area, l.cost, l.value, 'NONE', l.selected
FROM portfolio_scenario s
JOIN (SELECT 1 AS position, 'DIGI-2025-0004' AS case_number, 'Mobil dokumentation i hemtjänsten' AS title,
             'SOCIAL' AS area, 1200 AS cost, 425 AS value, TRUE AS selected
      UNION ALL SELECT 2, 'DIGI-2025-0012', 'Automatiserad handläggning av försörjningsstöd', 'SOCIAL', 2500, 360, FALSE
      UNION ALL SELECT 3, 'DIGI-2025-0015', 'Digital felanmälan för gator och parker', 'TECHNICAL', 600, 325, TRUE) l
WHERE s.name = 'Grundförslag' AND s.budget_year = YEAR(UTC_DATE()) + 1;
