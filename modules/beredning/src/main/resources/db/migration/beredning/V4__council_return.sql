-- Återremiss: what the digitaliseringsråd asked beredning to complete when it returned a case, and where it
-- decided so. A returned case gets a new underlag draft, while the published one the council read stays frozen,
-- so a case may now have several underlag (the latest is the current one).
ALTER TABLE beredning_case
    ADD COLUMN council_return_note VARCHAR(5000) NULL,
    ADD COLUMN council_return_ref  VARCHAR(200)  NULL,
    ADD COLUMN council_returned_at DATETIME(6)   NULL;

CREATE INDEX ix_beredning_underlag_case ON beredning_underlag (case_id);
ALTER TABLE beredning_underlag DROP INDEX uq_beredning_underlag_case;
