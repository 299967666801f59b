-- Demo data (development mode only): Ådalens digitaliseringsråd. Maria Berg (digitaliseringschef) chairs, Rolf
-- Sandberg is secretary; the utskott for e-service questions has five seats (seed 003), four of them filled by the
-- demo's council members, so the secretary can show adding the fifth.
INSERT INTO council_member (username, function, in_utskott) VALUES
 ('maria', 'CHAIR', TRUE),
 ('rolf', 'SECRETARY', TRUE),
 ('sven', 'MEMBER', TRUE),
 ('olle', 'MEMBER', TRUE);
