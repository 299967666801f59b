-- Demo data (development mode only): four förvaltningsobjekt, two of them with vacant roles.
INSERT INTO objects_managed_object
    (name, description, org_unit_id, owner_username, business_lead_username, it_lead_username)
VALUES
 ('Verksamhetssystem äldreomsorg',
  'Verksamhetssystemet för biståndshandläggning, hemtjänst och särskilt boende, med planering och mobil dokumentation.',
  (SELECT id FROM kernel_org_unit WHERE code = 'SOC'), 'olle', 'lena', 'ahmed'),
 ('Skolplattform',
  'Lärplattform, närvaro och kommunikation med vårdnadshavare för grundskolan. Objektledarparet är ännu inte utsett.',
  (SELECT id FROM kernel_org_unit WHERE code = 'UBF'), 'erik', NULL, NULL),
 ('Ekonomisystem',
  'Redovisning, leverantörsfakturor, budget och uppföljning för hela kommunen.',
  (SELECT id FROM kernel_org_unit WHERE code = 'KLF-EKO'), 'rolf', 'berit', NULL),
 ('Ärende- och dokumenthantering',
  'Diarium, ärendehantering och arkiv för nämnder och förvaltningar, med koppling till e-arkivet.',
  (SELECT id FROM kernel_org_unit WHERE code = 'KLF'), 'rolf', 'jonas', 'sara');
