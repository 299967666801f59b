-- Demo data (development mode only): the demo initiatives as the beredningsgrupp works on them, so the queue,
-- the workbench and the follow-up have something to show. The cases are copied from intake's demo rows because
-- demo SQL bypasses the InitiativeSubmitted event that creates them in a running system.
INSERT INTO beredning_case (case_number, initiative_id, title, service_area_code, org_unit_id, forvaltning_id,
                            submitted_by, contact_name, contact_email, responsible_director, estimated_total_hours,
                            affected_org_units, procurement, new_integrations, external_processing, financing_clear,
                            pilot, criteria, criteria_count, submitted_at, status, status_since, updated_at)
SELECT i.case_number, i.id, i.title, i.service_area_code, i.org_unit_id,
       CASE WHEN u.kind = 'FORVALTNING' THEN u.id WHEN p.kind = 'FORVALTNING' THEN p.id ELSE g.id END,
       i.submitted_by, k.full_name, k.email,
       CASE i.case_number WHEN 'DIGI-2026-0003' THEN NULL ELSE 'Förvaltningschef' END,
       CASE i.case_number WHEN 'DIGI-2026-0001' THEN 650 WHEN 'DIGI-2026-0002' THEN 900 WHEN 'DIGI-2026-0004' THEN 1200
                          WHEN 'DIGI-2026-0005' THEN 400 ELSE 120 END,
       CASE i.case_number WHEN 'DIGI-2026-0005' THEN 'KLF-DIGI,SBF-BYGG,UBF-GRU' ELSE NULL END,
       i.case_number IN ('DIGI-2026-0002', 'DIGI-2026-0004'),
       i.case_number IN ('DIGI-2026-0001', 'DIGI-2026-0004'),
       i.case_number = 'DIGI-2026-0004',
       i.case_number <> 'DIGI-2026-0006',
       i.case_number = 'DIGI-2026-0001',
       CASE i.case_number WHEN 'DIGI-2026-0006' THEN NULL ELSE 'TOTAL_HOURS' END,
       CASE i.case_number WHEN 'DIGI-2026-0006' THEN 0 ELSE 1 END,
       i.submitted_at, 'NEW', i.submitted_at, i.submitted_at
FROM intake_initiative i
JOIN kernel_org_unit u ON u.id = i.org_unit_id
LEFT JOIN kernel_org_unit p ON p.id = u.parent_id
LEFT JOIN kernel_org_unit g ON g.id = p.parent_id
LEFT JOIN kernel_user k ON k.username = i.submitted_by
WHERE i.status = 'SUBMITTED' AND i.case_number IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM beredning_case b WHERE b.case_number = i.case_number);

-- DIGI-2026-0001: Berit prepares it, half the checklist done.
UPDATE beredning_case SET status = 'IN_PREPARATION', assignee = 'berit', assignee_name = 'Berit Holm',
       status_since = submitted_at + INTERVAL 3 DAY, assessment = 'INCLUDE',
       assessment_motivation = 'Tydlig nytta för handläggarna och de enskilda; berör flera enheter.'
 WHERE case_number = 'DIGI-2026-0001';
INSERT INTO beredning_checklist_answer (case_id, item_code, verdict, comment_text, answered_by, answered_at)
SELECT b.id, x.code, x.verdict, x.comment_text, 'berit', b.submitted_at + INTERVAL 4 DAY
FROM beredning_case b
JOIN (SELECT 'NEED' AS code, 'OK' AS verdict, NULL AS comment_text UNION ALL
      SELECT 'BENEFITS', 'OK', 'Tidsvinst uppskattad till tre timmar per handläggare och vecka.' UNION ALL
      SELECT 'FINANCING', 'NOT_OK', 'Driftkostnaden efter införandet är inte beskriven.' UNION ALL
      SELECT 'LEGAL_GDPR', 'OK', NULL) x
WHERE b.case_number = 'DIGI-2026-0001';
UPDATE beredning_case SET checklist_answered = 4 WHERE case_number = 'DIGI-2026-0001';

-- DIGI-2026-0002: waiting for Erik's completion, deadline next week.
UPDATE beredning_case SET status = 'AWAITING_COMPLETION', assignee = 'jonas', assignee_name = 'Jonas Ek',
       status_since = UTC_TIMESTAMP(6) - INTERVAL 5 DAY
 WHERE case_number = 'DIGI-2026-0002';
INSERT INTO beredning_completion_request (case_id, what_to_complete, requested_at, requested_by, deadline, state)
SELECT id, 'Beskriv hur vårdnadshavarnas schemaändringar hanteras i dag och vilka förskolor som ska börja.',
       UTC_TIMESTAMP(6) - INTERVAL 5 DAY, 'jonas', UTC_DATE() + INTERVAL 7 DAY, 'OPEN'
FROM beredning_case WHERE case_number = 'DIGI-2026-0002';

-- DIGI-2026-0004: an IT procurement routed to samråd; the underlag is being written.
UPDATE beredning_case SET status = 'UNDERLAG_IN_PREPARATION', assignee = 'berit', assignee_name = 'Berit Holm',
       status_since = UTC_TIMESTAMP(6) - INTERVAL 10 DAY, routing = 'CONSULTATION', consultation_mode = 'COUNCIL_MEETING',
       routing_motivation = 'Upphandling av digitala trygghetslarm med extern larmmottagning kräver samråd.',
       assessment = 'INCLUDE', assessment_motivation = 'Akut behov när telenätet byts ut.'
 WHERE case_number = 'DIGI-2026-0004';

-- DIGI-2026-0003, -0005 and -0006 are new; -0003 and -0005 have waited past the target of five working days.
