-- Demo data (development mode only): Ingrid Sjöberg (utbildningsdirektör, kernel demo V2) takes the utskott's
-- fifth seat, so the utskott has the five members seed 003 prescribes.
INSERT INTO council_member (username, function, in_utskott) VALUES ('ingrid', 'MEMBER', TRUE);
