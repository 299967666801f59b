-- Demo data (development mode only): the council's record. The latest held meeting decided three cases (two
-- approved, one returned to beredning) and its minutes are adjusted; the next planned meeting has an agenda; two
-- cases wait to be scheduled. The cases are last year's numbers, so they never collide with a case intake numbers
-- now; their underlag lived in beredning before this demo (underlag_id 0: the agenda shows no underlag to read).

INSERT INTO council_referral (case_number, title, service_area_code, org_unit_id, underlag_id, kind,
                              proposed_decision, motivation, referred_by, referred_at, status)
SELECT v.case_number, v.title, v.area, 1, 0, v.kind, v.proposed, v.motivation, 'berit',
       m.starts_at - INTERVAL v.days_before DAY, v.status
FROM (SELECT starts_at FROM council_meeting WHERE status = 'HELD' AND starts_at < UTC_TIMESTAMP()
      ORDER BY starts_at DESC LIMIT 1) m
JOIN (SELECT 'DIGI-2025-0021' case_number, 'Meröppet bibliotek med självbetjäning' title, 'ADMINISTRATIVE' area,
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
             'Personuppgifter om barn; kräver samråd med dataskyddsombudet.', 14, 'RETURNED') v;

INSERT INTO council_agenda_item (meeting_id, referral_id, position, outcome, decision_motivation, conditions,
                                 what_to_complete, decided_by, decided_at)
SELECT m.id, r.id, v.position, v.outcome, v.motivation, v.conditions, v.what_to_complete, 'rolf',
       m.starts_at + INTERVAL (15 * v.position) MINUTE
FROM (SELECT id, starts_at FROM council_meeting WHERE status = 'HELD' AND starts_at < UTC_TIMESTAMP()
      ORDER BY starts_at DESC LIMIT 1) m
JOIN (SELECT 'DIGI-2025-0021' case_number, 1 position, 'APPROVED' outcome,
             'Ökar tillgängligheten till biblioteket kvällar och helger utan ökade personalkostnader.' motivation,
             'Som pilot vid huvudbiblioteket under ett år; utvärderas innan fler filialer ansluts.' conditions,
             NULL what_to_complete
      UNION ALL
      SELECT 'DIGI-2025-0015', 2, 'APPROVED',
             'Invånarna får en enkel väg att anmäla fel och förvaltningen ett samlat ärendeflöde.', NULL, NULL
      UNION ALL
      SELECT 'DIGI-2025-0026', 3, 'RETURNED',
             'Underlaget saknar en konsekvensbedömning av behandlingen av uppgifter om barn.', NULL,
             'Komplettera med en konsekvensbedömning (DPIA) och dataskyddsombudets yttrande.') v
JOIN council_referral r ON r.case_number = v.case_number;

INSERT INTO council_minutes (meeting_id, present, body, adjuster, status, drafted_by, drafted_at, adjusted_at)
SELECT m.id,
       'Olle Strand (ordförande), Maria Berg, Sven Ek, Rolf Sandberg (sekreterare)',
       CONCAT('Sammanträde ', DATE_FORMAT(m.starts_at, '%Y-%m-%d'), ', ', m.location, '\n',
              '\n§ 1 DIGI-2025-0021 Meröppet bibliotek med självbetjäning\n',
              'Beslut: Beviljat. Ökar tillgängligheten till biblioteket kvällar och helger utan ökade personalkostnader.\n',
              'Villkor: Som pilot vid huvudbiblioteket under ett år; utvärderas innan fler filialer ansluts.\n',
              '\n§ 2 DIGI-2025-0015 Digital felanmälan för gator och parker\n',
              'Beslut: Beviljat. Invånarna får en enkel väg att anmäla fel och förvaltningen ett samlat ärendeflöde.\n',
              '\n§ 3 DIGI-2025-0026 Digital besöksbokning för familjecentralen\n',
              'Beslut: Återremitterat. Underlaget saknar en konsekvensbedömning av behandlingen av uppgifter om barn.\n',
              'Att komplettera: Komplettera med en konsekvensbedömning (DPIA) och dataskyddsombudets yttrande.\n'),
       'maria', 'ADJUSTED', 'rolf', m.starts_at + INTERVAL 1 DAY, m.starts_at + INTERVAL 4 DAY
FROM (SELECT id, starts_at, location FROM council_meeting WHERE status = 'HELD' AND starts_at < UTC_TIMESTAMP()
      ORDER BY starts_at DESC LIMIT 1) m
WHERE NOT EXISTS (SELECT 1 FROM council_minutes x WHERE x.meeting_id = m.id);

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
SELECT m.id, r.id, ROW_NUMBER() OVER (ORDER BY r.referred_at, r.id)
FROM (SELECT id FROM council_meeting WHERE status = 'PLANNED' AND starts_at > UTC_TIMESTAMP()
      ORDER BY starts_at LIMIT 1) m
JOIN council_referral r ON r.case_number IN ('DIGI-2025-0028', 'DIGI-2025-0030') AND r.status = 'SCHEDULED';
