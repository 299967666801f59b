-- Beredning schema: the beredningsgrupp's meetings.
CREATE TABLE beredning_meeting (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    starts_at DATETIME(6)   NOT NULL,
    location  VARCHAR(200)  NOT NULL,
    note      VARCHAR(2000) NULL,
    version   BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_beredning_meeting_starts_at (starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
