-- Council schema: the digitaliseringsråd's meetings.
CREATE TABLE council_meeting (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    starts_at DATETIME(6)  NOT NULL,
    location  VARCHAR(200) NOT NULL,
    status    VARCHAR(20)  NOT NULL,
    version   BIGINT       NOT NULL DEFAULT 0,
    INDEX ix_council_meeting_starts_at (starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
