-- Demo data (development mode only): agendas, an underlag draft and a ranking, built from whichever preparation
-- cases exist when this runs (none is fine: every statement then inserts nothing).

-- The next meeting gets the two oldest open cases on its agenda, the contact person invited.
INSERT INTO beredning_agenda_item (meeting_id, case_id, case_number, position, invitees, booked_by, booked_at)
SELECT m.id, c.id, c.case_number, ROW_NUMBER() OVER (ORDER BY c.submitted_at, c.id), c.contact_email, 'berit',
       UTC_TIMESTAMP(6)
FROM (SELECT id FROM beredning_meeting WHERE starts_at > UTC_TIMESTAMP() ORDER BY starts_at LIMIT 1) m
JOIN (SELECT id, case_number, contact_email, submitted_at FROM beredning_case
      WHERE status IN ('NEW', 'IN_PREPARATION', 'UNDERLAG_IN_PREPARATION') ORDER BY submitted_at, id LIMIT 2) c;

-- The latest held meeting went through the oldest case, with a note.
INSERT INTO beredning_agenda_item (meeting_id, case_id, case_number, position, note, invitees, booked_by, booked_at,
                                   noted_by, noted_at)
SELECT m.id, c.id, c.case_number, 1,
       'Inlämnaren presenterade behovet. Beredningsgruppen ber om en tydligare kostnadsbild inför nästa möte.',
       c.contact_email, 'berit', m.starts_at - INTERVAL 7 DAY, 'berit', m.starts_at + INTERVAL 1 HOUR
FROM (SELECT id, starts_at FROM beredning_meeting WHERE starts_at < UTC_TIMESTAMP() ORDER BY starts_at DESC LIMIT 1) m
JOIN (SELECT id, case_number, contact_email FROM beredning_case ORDER BY submitted_at, id LIMIT 1) c;

-- Cases routed to the council or to samråd have an underlag draft begun.
INSERT INTO beredning_underlag (case_id, case_number, background, need, costs, state, updated_by, updated_at)
SELECT c.id, c.case_number, CONCAT('Ärendet ', c.title, ' lämnades in av verksamheten och har beretts av beredningsgruppen.'),
       'Verksamheten behöver ett gemensamt stöd som i dag saknas.',
       COALESCE(CONCAT('Uppskattat ', c.estimated_total_hours, ' timmar totalt.'), 'Kostnaden är inte uppskattad.'),
       'DRAFT', 'berit', UTC_TIMESTAMP(6)
FROM beredning_case c
WHERE c.routing IN ('REFER_TO_COUNCIL', 'CONSULTATION')
  AND NOT EXISTS (SELECT 1 FROM beredning_underlag u WHERE u.case_id = c.id);

-- Next year's ranking per service area holds the area's included cases, oldest first (not frozen).
INSERT INTO beredning_ranking (service_area_code, ranking_year, updated_by, updated_at)
SELECT DISTINCT c.service_area_code, YEAR(UTC_DATE()) + 1, 'berit', UTC_TIMESTAMP(6)
FROM beredning_case c
WHERE c.assessment = 'INCLUDE' AND c.status NOT IN ('REJECTED', 'WITHDRAWN')
  AND NOT EXISTS (SELECT 1 FROM beredning_ranking r
                  WHERE r.service_area_code = c.service_area_code AND r.ranking_year = YEAR(UTC_DATE()) + 1);

INSERT INTO beredning_ranking_entry (ranking_id, case_id, case_number, position)
SELECT r.id, c.id, c.case_number, ROW_NUMBER() OVER (PARTITION BY r.id ORDER BY c.submitted_at, c.id)
FROM beredning_ranking r
JOIN beredning_case c ON c.service_area_code = r.service_area_code
WHERE r.ranking_year = YEAR(UTC_DATE()) + 1 AND r.frozen_at IS NULL
  AND c.assessment = 'INCLUDE' AND c.status NOT IN ('REJECTED', 'WITHDRAWN')
  AND NOT EXISTS (SELECT 1 FROM beredning_ranking_entry e WHERE e.ranking_id = r.id);
