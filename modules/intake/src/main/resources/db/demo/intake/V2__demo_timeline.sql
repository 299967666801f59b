-- Demo data (development mode only): the demo cases were submitted before timelines were kept.
INSERT INTO intake_timeline_entry (initiative_id, occurred_at, kind, detail)
SELECT i.id, i.submitted_at, 'SUBMITTED', CONCAT('Inlämnat med diarienummer ', i.case_number)
FROM intake_initiative i
WHERE i.status = 'SUBMITTED' AND i.submitted_at IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM intake_timeline_entry t WHERE t.initiative_id = i.id);
