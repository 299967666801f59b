-- Demo data (development mode only): the digitaliseringsråd meets on Thursdays at 13:00 (winter time).
-- Dates count from Monday of the current week, so they always fall on a Thursday: two past, two to come.
INSERT INTO council_meeting (starts_at, location, status) VALUES
 (UTC_DATE() - INTERVAL WEEKDAY(UTC_DATE()) DAY - INTERVAL 39 DAY + INTERVAL 12 HOUR,
  'Stadshuset, sammanträdesrum Ångermanälven', 'HELD'),
 (UTC_DATE() - INTERVAL WEEKDAY(UTC_DATE()) DAY - INTERVAL 11 DAY + INTERVAL 12 HOUR,
  'Stadshuset, sammanträdesrum Ångermanälven', 'CANCELLED'),
 (UTC_DATE() - INTERVAL WEEKDAY(UTC_DATE()) DAY + INTERVAL 17 DAY + INTERVAL 12 HOUR,
  'Stadshuset, kommunstyrelsesalen', 'PLANNED'),
 (UTC_DATE() - INTERVAL WEEKDAY(UTC_DATE()) DAY + INTERVAL 45 DAY + INTERVAL 12 HOUR,
  'Stadshuset, sammanträdesrum Ångermanälven', 'PLANNED');
