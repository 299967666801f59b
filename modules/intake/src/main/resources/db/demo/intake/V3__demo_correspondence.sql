-- Demo data (development mode only): the beredningsgrupp has written to Anna about "Digital signering av
-- biståndsbeslut", she has answered, and a completion of the financing is waiting for her.
INSERT INTO intake_case_message (initiative_id, sent_at, author, author_name, from_preparers, subject, text)
SELECT i.id, UTC_TIMESTAMP(6) - INTERVAL 10 DAY, 'berit', 'Berit Holm', TRUE, 'Fråga om integrationerna',
       'Hej Anna! Vi har börjat gå igenom ärendet. Vilka system behöver e-underskriften integreras med, utöver verksamhetssystemet? Finns det redan en lösning för e-legitimation som ni använder?'
FROM intake_initiative i WHERE i.case_number = 'DIGI-2026-0001';

INSERT INTO intake_case_message (initiative_id, sent_at, author, author_name, from_preparers, subject, text)
SELECT i.id, UTC_TIMESTAMP(6) - INTERVAL 8 DAY, 'anna', 'Anna Lindqvist', FALSE, 'Sv: Fråga om integrationerna',
       'Hej Berit! Det gäller verksamhetssystemet och dokumenthanteringen (Public 360). Vi använder kommunens gemensamma tjänst för e-legitimation redan i två e-tjänster.'
FROM intake_initiative i WHERE i.case_number = 'DIGI-2026-0001';

INSERT INTO intake_completion_request (initiative_id, what_to_complete, deadline, requested_by, requested_at)
SELECT i.id,
       'Beskriv hur införandet och den löpande licenskostnaden ska finansieras, och uppskatta hur många timmar äldreomsorgens egen personal behöver lägga.',
       CURRENT_DATE + INTERVAL 14 DAY, 'berit', UTC_TIMESTAMP(6) - INTERVAL 2 DAY
FROM intake_initiative i WHERE i.case_number = 'DIGI-2026-0001'
  AND NOT EXISTS (SELECT 1 FROM intake_completion_request r WHERE r.initiative_id = i.id AND r.answered_at IS NULL);

INSERT INTO intake_case_message (initiative_id, sent_at, author, author_name, from_preparers, subject, text)
SELECT i.id, UTC_TIMESTAMP(6) - INTERVAL 2 DAY, 'berit', 'Berit Holm', TRUE, 'Komplettering av finansieringen',
       'Tack för svaret! Inför nästa möte i beredningsgruppen behöver vi en komplettering av finansieringen. Se begäran på ärendesidan.'
FROM intake_initiative i WHERE i.case_number = 'DIGI-2026-0001';

INSERT INTO intake_timeline_entry (initiative_id, occurred_at, kind, detail)
SELECT i.id, UTC_TIMESTAMP(6) - INTERVAL 2 DAY, 'COMPLETION_REQUESTED',
       CONCAT('Begärd komplettering senast ', CURRENT_DATE + INTERVAL 14 DAY, ': finansiering och egen tid')
FROM intake_initiative i WHERE i.case_number = 'DIGI-2026-0001';
