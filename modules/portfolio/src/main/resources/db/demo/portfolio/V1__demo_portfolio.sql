-- Demo data (development mode only): last year's cases in the portfolio, one in each phase but IDEA.
INSERT INTO portfolio_item (case_number, title, service_area_code, org_unit_id, phase, pilot, entered_at) VALUES
 ('DIGI-2025-0004', 'Mobil dokumentation i hemtjänsten', 'SOCIAL',
  (SELECT id FROM kernel_org_unit WHERE code = 'SOC-ALD-HT'), 'IN_PROGRESS', TRUE, UTC_TIMESTAMP(6) - INTERVAL 300 DAY),
 ('DIGI-2025-0009', 'E-tjänst för ansökan om skolskjuts', 'PEDAGOGICAL',
  (SELECT id FROM kernel_org_unit WHERE code = 'UBF-GRU'), 'DONE', FALSE, UTC_TIMESTAMP(6) - INTERVAL 400 DAY),
 ('DIGI-2025-0012', 'Automatiserad handläggning av försörjningsstöd', 'SOCIAL',
  (SELECT id FROM kernel_org_unit WHERE code = 'SOC-IFO'), 'PLANNED', TRUE, UTC_TIMESTAMP(6) - INTERVAL 200 DAY),
 ('DIGI-2025-0015', 'Digital felanmälan för gator och parker', 'TECHNICAL',
  (SELECT id FROM kernel_org_unit WHERE code = 'SBF-GATA'), 'PAUSED', FALSE, UTC_TIMESTAMP(6) - INTERVAL 150 DAY),
 ('DIGI-2025-0021', 'Meröppet bibliotek med självbetjäning', 'ADMINISTRATIVE',
  (SELECT id FROM kernel_org_unit WHERE code = 'KFF-BIB'), 'STOPPED', TRUE, UTC_TIMESTAMP(6) - INTERVAL 120 DAY);
