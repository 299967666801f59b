-- Demo data (development mode only): the beredningsgrupp meets every other Tuesday at 09:00 (winter time).
-- Dates count from Monday of the current week, so they always fall on a Tuesday: two past, two to come.
INSERT INTO beredning_meeting (starts_at, location, note) VALUES
 (UTC_DATE() - INTERVAL WEEKDAY(UTC_DATE()) DAY - INTERVAL 27 DAY + INTERVAL 8 HOUR, 'Stadshuset, sal Ljusnan',
  'Genomgång av DIGI-2026-0001 och DIGI-2026-0002 med inlämnarna.'),
 (UTC_DATE() - INTERVAL WEEKDAY(UTC_DATE()) DAY - INTERVAL 13 DAY + INTERVAL 8 HOUR, 'Stadshuset, sal Indalsälven',
  'Juridiska enheten och upphandlingsenheten deltar.'),
 (UTC_DATE() - INTERVAL WEEKDAY(UTC_DATE()) DAY + INTERVAL 8 DAY + INTERVAL 8 HOUR, 'Stadshuset, sal Ljusnan',
  'Genomgång av DIGI-2026-0004 och DIGI-2026-0005; underlag till digitaliseringsrådet.'),
 (UTC_DATE() - INTERVAL WEEKDAY(UTC_DATE()) DAY + INTERVAL 22 DAY + INTERVAL 8 HOUR, 'Digitalt via Teams', NULL);
