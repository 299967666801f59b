-- Council: snabbsamråd on IT procurements (seed 000), held digitally between meetings. Beredning requests one,
-- the secretary opens it with a deadline to the members of the moment (participants), each answers once.
CREATE TABLE council_consultation (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number          VARCHAR(20)  NOT NULL,
    title                VARCHAR(200) NOT NULL,
    org_unit_id          BIGINT       NOT NULL,
    underlag_id          BIGINT       NOT NULL,
    responsible_director VARCHAR(200) NULL,
    requested_by         VARCHAR(100) NOT NULL,
    requested_at         DATETIME(6)  NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    opened_by            VARCHAR(100) NULL,
    opened_at            DATETIME(6)  NULL,
    deadline             DATETIME(6)  NULL,
    closed_at            DATETIME(6)  NULL,
    closing              VARCHAR(20)  NULL,
    outcome              VARCHAR(20)  NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    INDEX ix_council_consultation_case (case_number),
    INDEX ix_council_consultation_due (status, deadline),
    INDEX ix_council_consultation_closed (closed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE council_consultation_participant (
    consultation_id BIGINT       NOT NULL,
    username        VARCHAR(100) NOT NULL,
    PRIMARY KEY (consultation_id, username),
    CONSTRAINT fk_council_consultation_participant FOREIGN KEY (consultation_id)
        REFERENCES council_consultation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE council_consultation_response (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT        NOT NULL,
    member          VARCHAR(100)  NOT NULL,
    answer          VARCHAR(20)   NOT NULL,
    text            VARCHAR(2000) NULL,
    responded_at    DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_council_consultation_response FOREIGN KEY (consultation_id) REFERENCES council_consultation (id),
    CONSTRAINT uq_council_consultation_response UNIQUE (consultation_id, member)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
