-- Demo data (development mode only): initiatives in Ådalens kommun, six submitted and two of Anna's drafts.
INSERT INTO intake_initiative
    (case_number, title, need, proposed_solution, service_area_code, org_unit_id, submitted_by, status,
     created_at, submitted_at)
VALUES
 ('DIGI-2026-0001', 'Digital signering av biståndsbeslut',
  'Biståndsbeslut skrivs i dag ut, signeras för hand och skannas in. Det tar handläggarna flera timmar i veckan och beslut blir liggande i väntan på underskrift.',
  'Elektronisk underskrift med e-legitimation direkt i verksamhetssystemet, med integration mot ärende- och dokumenthanteringen.',
  'SOCIAL', (SELECT id FROM kernel_org_unit WHERE code = 'SOC-ALD'), 'anna', 'SUBMITTED',
  UTC_TIMESTAMP(6) - INTERVAL 62 DAY, UTC_TIMESTAMP(6) - INTERVAL 58 DAY),
 ('DIGI-2026-0002', 'Nytt verksamhetssystem för förskolans schemaläggning',
  'Förskolorna planerar barnens vistelsetider och personalens scheman i kalkylblad. Vårdnadshavare lämnar schema på papper och ändringar når inte alltid fram.',
  'Upphandla ett system där vårdnadshavare lämnar schema i en app och förskolan planerar bemanning utifrån det.',
  'PEDAGOGICAL', (SELECT id FROM kernel_org_unit WHERE code = 'UBF-FSK'), 'erik', 'SUBMITTED',
  UTC_TIMESTAMP(6) - INTERVAL 50 DAY, UTC_TIMESTAMP(6) - INTERVAL 47 DAY),
 ('DIGI-2026-0003', 'E-tjänst för ansökan om bygglov med kartunderlag',
  'Många bygglovsansökningar kompletteras flera gånger eftersom situationsplanen saknas eller är otydlig. Handläggningstiden blir lång och sökande hör av sig för att fråga om läget.',
  'En e-tjänst där sökanden ritar in åtgärden i kommunens baskarta och bifogar handlingar, med automatisk kontroll av att ansökan är komplett.',
  'TECHNICAL', (SELECT id FROM kernel_org_unit WHERE code = 'SBF-BYGG'), 'sven', 'SUBMITTED',
  UTC_TIMESTAMP(6) - INTERVAL 40 DAY, UTC_TIMESTAMP(6) - INTERVAL 36 DAY),
 ('DIGI-2026-0004', 'Trygghetslarm – digitala larm i hemtjänsten',
  'De analoga trygghetslarmen fungerar allt sämre när telenätet byts ut, och larm från brukare har fallit bort vid flera tillfällen.',
  'Byta till digitala trygghetslarm med larmmottagning hos extern leverantör och koppling till hemtjänstens planering.',
  'SOCIAL', (SELECT id FROM kernel_org_unit WHERE code = 'SOC-ALD-HT'), 'karin', 'SUBMITTED',
  UTC_TIMESTAMP(6) - INTERVAL 30 DAY, UTC_TIMESTAMP(6) - INTERVAL 27 DAY),
 ('DIGI-2026-0005', 'Gemensam plattform för digitala möten med medborgare',
  'Förvaltningarna använder olika verktyg för videomöten med medborgare. Säker identifiering saknas och flera verktyg behandlar personuppgifter utanför EU.',
  'En gemensam mötesplattform för alla förvaltningar med inloggning med e-legitimation och drift inom EU.',
  'ADMINISTRATIVE', (SELECT id FROM kernel_org_unit WHERE code = 'SOC'), 'karin', 'SUBMITTED',
  UTC_TIMESTAMP(6) - INTERVAL 21 DAY, UTC_TIMESTAMP(6) - INTERVAL 18 DAY),
 ('DIGI-2026-0006', 'Ersättning av skolornas trådlösa nätverk',
  'Det trådlösa nätverket i Östra skolområdet klarar inte att alla elever använder sina datorer samtidigt, vilket stör nationella prov och digitala läromedel.',
  NULL,
  'IT_INFRASTRUCTURE', (SELECT id FROM kernel_org_unit WHERE code = 'UBF-GRU'), 'erik', 'SUBMITTED',
  UTC_TIMESTAMP(6) - INTERVAL 9 DAY, UTC_TIMESTAMP(6) - INTERVAL 6 DAY),
 (NULL, 'Digital nyckelhantering i hemtjänsten',
  'Hemtjänstpersonalen hämtar och lämnar fysiska nycklar till brukarnas bostäder varje dag, vilket tar tid och innebär en risk när nycklar kommer bort.',
  'Digitala lås som personalen öppnar med mobilen, med loggning av varje besök.',
  'SOCIAL', (SELECT id FROM kernel_org_unit WHERE code = 'SOC-ALD-HT'), 'anna', 'DRAFT',
  UTC_TIMESTAMP(6) - INTERVAL 4 DAY, NULL),
 (NULL, 'Surfplattor för dokumentation på Solgården',
  'Personalen på Solgården dokumenterar i slutet av passet vid en gemensam dator, och uppgifter glöms bort eller förs in i efterhand.',
  NULL,
  'SOCIAL', (SELECT id FROM kernel_org_unit WHERE code = 'SOC-ALD-SAB'), 'anna', 'DRAFT',
  UTC_TIMESTAMP(6) - INTERVAL 1 DAY, NULL);

-- The kernel allocates the next case number after the demo's last one.
INSERT INTO kernel_case_number_sequence (year, last_value) VALUES (2026, 6)
    ON DUPLICATE KEY UPDATE last_value = GREATEST(last_value, 6);
