-- Demo data (development mode only): the council's record. The latest held meeting decided three cases (two
-- approved, one returned to beredning) and its minutes are adjusted; the next planned meeting has an agenda; two
-- cases wait to be scheduled. The cases are last year's numbers, so they never collide with a case intake numbers
-- now; their underlag lived in beredning before this demo (underlag_id 0: the agenda shows no underlag to read).
-- The meetings are picked once into variables; an INSERT ... SELECT from a UNION of literals joined to a table
-- failed on MariaDB 11.4 (meeting_id taken as NULL), so each decided item is inserted on its own.

SET @held = (SELECT id FROM council_meeting WHERE status = 'HELD' AND starts_at < UTC_TIMESTAMP()
             ORDER BY starts_at DESC LIMIT 1);
SET @held_at = (SELECT starts_at FROM council_meeting WHERE id = @held);
SET @held_where = (SELECT location FROM council_meeting WHERE id = @held);
SET @next = (SELECT id FROM council_meeting WHERE status = 'PLANNED' AND starts_at > UTC_TIMESTAMP()
             ORDER BY starts_at LIMIT 1);

INSERT INTO council_referral (case_number, title, service_area_code, org_unit_id, underlag_id, kind,
                              proposed_decision, motivation, referred_by, referred_at, status)
SELECT v.case_number, v.title, v.area, 1, 0, v.kind, v.proposed, v.motivation, 'berit',
       @held_at - INTERVAL v.days_before DAY, v.status
FROM (SELECT 'DIGI-2025-0021' case_number, 'Meröppet bibliotek med självbetjäning' title, 'ADMINISTRATIVE' area,
             'DECISION' kind, 'Digitaliseringsrådet beviljar initiativet som pilot vid huvudbiblioteket.' proposed,
             'Berör flera verksamheter och kräver ny integration mot passersystemet.' motivation, 21 days_before,
             'DECIDED' status
      UNION ALL
      SELECT 'DIGI-2025-0015', 'Digital felanmälan för gator och parker', 'TECHNICAL', 'DECISION',
             'Digitaliseringsrådet beviljar initiativet.',
             'Över 500 timmar och berör invånarnas e-tjänster.', 18, 'DECIDED'
      UNION ALL
      SELECT 'DIGI-2025-0026', 'Digital besöksbokning för familjecentralen', 'SOCIAL', 'DECISION',
             'Digitaliseringsrådet beviljar initiativet.',
             'Personuppgifter om barn; kräver samråd med dataskyddsombudet.', 14, 'RETURNED') v
WHERE @held IS NOT NULL;

INSERT INTO council_agenda_item (meeting_id, referral_id, position, outcome, decision_motivation, conditions,
                                 what_to_complete, decided_by, decided_at)
SELECT @held, r.id, 1, 'APPROVED',
       'Ökar tillgängligheten till biblioteket kvällar och helger utan ökade personalkostnader.',
       'Som pilot vid huvudbiblioteket under ett år; utvärderas innan fler filialer ansluts.', NULL, 'rolf',
       @held_at + INTERVAL 15 MINUTE
FROM council_referral r WHERE r.case_number = 'DIGI-2025-0021' AND r.status = 'DECIDED' AND @held IS NOT NULL;

INSERT INTO council_agenda_item (meeting_id, referral_id, position, outcome, decision_motivation, conditions,
                                 what_to_complete, decided_by, decided_at)
SELECT @held, r.id, 2, 'APPROVED',
       'Invånarna får en enkel väg att anmäla fel och förvaltningen ett samlat ärendeflöde.', NULL, NULL, 'rolf',
       @held_at + INTERVAL 30 MINUTE
FROM council_referral r WHERE r.case_number = 'DIGI-2025-0015' AND r.status = 'DECIDED' AND @held IS NOT NULL;

INSERT INTO council_agenda_item (meeting_id, referral_id, position, outcome, decision_motivation, conditions,
                                 what_to_complete, decided_by, decided_at)
SELECT @held, r.id, 3, 'RETURNED',
       'Underlaget saknar en konsekvensbedömning av behandlingen av uppgifter om barn.', NULL,
       'Komplettera med en konsekvensbedömning (DPIA) och dataskyddsombudets yttrande.', 'rolf',
       @held_at + INTERVAL 45 MINUTE
FROM council_referral r WHERE r.case_number = 'DIGI-2025-0026' AND r.status = 'RETURNED' AND @held IS NOT NULL;

INSERT INTO council_minutes (meeting_id, present, body, adjuster, status, drafted_by, drafted_at, adjusted_at)
SELECT @held,
       'Maria Berg (ordförande), Olle Strand, Sven Ek, Rolf Sandberg (sekreterare)',
       CONCAT('Sammanträde ', DATE_FORMAT(@held_at, '%Y-%m-%d'), ', ', @held_where, '\n',
              '\n§ 1 DIGI-2025-0021 Meröppet bibliotek med självbetjäning\n',
              'Beslut: Beviljat. Ökar tillgängligheten till biblioteket kvällar och helger utan ökade personalkostnader.\n',
              'Villkor: Som pilot vid huvudbiblioteket under ett år; utvärderas innan fler filialer ansluts.\n',
              '\n§ 2 DIGI-2025-0015 Digital felanmälan för gator och parker\n',
              'Beslut: Beviljat. Invånarna får en enkel väg att anmäla fel och förvaltningen ett samlat ärendeflöde.\n',
              '\n§ 3 DIGI-2025-0026 Digital besöksbokning för familjecentralen\n',
              'Beslut: Återremitterat. Underlaget saknar en konsekvensbedömning av behandlingen av uppgifter om barn.\n',
              'Att komplettera: Komplettera med en konsekvensbedömning (DPIA) och dataskyddsombudets yttrande.\n'),
       'maria', 'ADJUSTED', 'rolf', @held_at + INTERVAL 1 DAY, @held_at + INTERVAL 4 DAY
FROM DUAL
WHERE @held IS NOT NULL AND NOT EXISTS (SELECT 1 FROM council_minutes x WHERE x.meeting_id = @held);

-- The next planned meeting: two cases on the agenda, the agenda not yet sent; two more wait to be scheduled.
INSERT INTO council_referral (case_number, title, service_area_code, org_unit_id, underlag_id, kind,
                              proposed_decision, motivation, referred_by, referred_at, status)
SELECT v.case_number, v.title, v.area, 1, 0, v.kind, v.proposed, v.motivation, 'berit',
       UTC_TIMESTAMP(6) - INTERVAL v.days_ago DAY, v.status
FROM (SELECT 'DIGI-2025-0028' case_number, 'Schemaläggning med självservice i hemtjänsten' title, 'SOCIAL' area,
             'DECISION' kind, 'Digitaliseringsrådet beviljar initiativet med start i två hemtjänstområden.' proposed,
             'Över 500 timmar och berör flera enheter inom äldreomsorgen.' motivation, 12 days_ago,
             'SCHEDULED' status
      UNION ALL
      SELECT 'DIGI-2025-0030', 'Upphandling av system för lokalbokning', 'ADMINISTRATIVE', 'CONSULTATION', NULL,
             'IT-upphandling kräver samråd med rådet.', 10, 'SCHEDULED'
      UNION ALL
      SELECT 'DIGI-2025-0031', 'Digital ansökan om parkeringstillstånd för rörelsehindrade', 'TECHNICAL', 'DECISION',
             'Digitaliseringsrådet beviljar initiativet.', 'Berör känsliga personuppgifter (hälsa).', 4,
             'TO_BE_SCHEDULED'
      UNION ALL
      SELECT 'DIGI-2025-0033', 'AI-stöd för sammanfattning av nämndhandlingar', 'ADMINISTRATIVE', 'DECISION',
             'Digitaliseringsrådet beviljar initiativet som pilot i kommunledningsförvaltningen.',
             'Ny teknik med oklara risker; rådet bör ta ställning.', 2, 'TO_BE_SCHEDULED') v;

INSERT INTO council_agenda_item (meeting_id, referral_id, position)
SELECT @next, r.id, 1
FROM council_referral r WHERE r.case_number = 'DIGI-2025-0028' AND r.status = 'SCHEDULED' AND @next IS NOT NULL;

INSERT INTO council_agenda_item (meeting_id, referral_id, position)
SELECT @next, r.id, 2
FROM council_referral r WHERE r.case_number = 'DIGI-2025-0030' AND r.status = 'SCHEDULED' AND @next IS NOT NULL;
