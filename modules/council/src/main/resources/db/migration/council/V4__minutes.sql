-- The minutes (protokoll) of a council meeting: drafted and edited by the secretary, adjusted (justerat) by a
-- named adjuster, after which nothing in them changes.
CREATE TABLE council_minutes (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id  BIGINT       NOT NULL,
    present     VARCHAR(2000) NOT NULL,
    body        MEDIUMTEXT   NOT NULL,
    adjuster    VARCHAR(100) NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    drafted_by  VARCHAR(100) NOT NULL,
    drafted_at  DATETIME(6)  NOT NULL,
    adjusted_at DATETIME(6)  NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_council_minutes_meeting FOREIGN KEY (meeting_id) REFERENCES council_meeting (id),
    CONSTRAINT uq_council_minutes_meeting UNIQUE (meeting_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
