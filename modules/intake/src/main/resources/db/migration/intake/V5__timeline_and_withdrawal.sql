-- What happened to a case, as its submitter follows it; filled from published events.
CREATE TABLE intake_timeline_entry (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    initiative_id BIGINT        NOT NULL,
    occurred_at   DATETIME(6)   NOT NULL,
    kind          VARCHAR(40)   NOT NULL,
    detail        VARCHAR(1000) NULL,
    CONSTRAINT fk_intake_timeline_initiative FOREIGN KEY (initiative_id) REFERENCES intake_initiative (id) ON DELETE CASCADE,
    INDEX ix_intake_timeline_initiative (initiative_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- A withdrawn case keeps why and when.
ALTER TABLE intake_initiative
    ADD COLUMN withdrawn_at     DATETIME(6)   NULL,
    ADD COLUMN withdrawal_reason VARCHAR(1000) NULL;
