-- Intake schema: initiatives from the e-tjänst, from the submitter's draft to submission.
-- Org units, service areas and users are kernel rows, referred to by id, code and username.
CREATE TABLE intake_initiative (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number       VARCHAR(20)  NULL,
    title             VARCHAR(200) NOT NULL,
    need              TEXT         NOT NULL,
    proposed_solution TEXT         NULL,
    service_area_code VARCHAR(32)  NOT NULL,
    org_unit_id       BIGINT       NOT NULL,
    submitted_by      VARCHAR(64)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    submitted_at      DATETIME(6)  NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    -- NULL while a draft; MariaDB allows any number of NULLs under a unique key.
    CONSTRAINT uk_intake_initiative_case_number UNIQUE (case_number),
    INDEX ix_intake_initiative_submitted_by (submitted_by),
    INDEX ix_intake_initiative_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
