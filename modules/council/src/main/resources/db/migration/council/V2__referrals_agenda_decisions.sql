-- Council: the cases referred to the digitaliseringsråd, the agenda of each meeting with its decisions, and who
-- is told about a decision.
CREATE TABLE council_referral (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number       VARCHAR(20)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    service_area_code VARCHAR(40)   NULL,
    org_unit_id       BIGINT        NOT NULL,
    underlag_id       BIGINT        NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    proposed_decision VARCHAR(5000) NULL,
    motivation        VARCHAR(5000) NULL,
    referred_by       VARCHAR(100)  NOT NULL,
    referred_at       DATETIME(6)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_council_referral_case (case_number),
    INDEX ix_council_referral_status (status, referred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE council_agenda_item (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id          BIGINT        NOT NULL,
    referral_id         BIGINT        NOT NULL,
    position            INT           NOT NULL,
    outcome             VARCHAR(20)   NULL,
    decision_motivation VARCHAR(5000) NULL,
    conditions          VARCHAR(5000) NULL,
    what_to_complete    VARCHAR(5000) NULL,
    decided_by          VARCHAR(100)  NULL,
    decided_at          DATETIME(6)   NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_council_agenda_item_meeting FOREIGN KEY (meeting_id) REFERENCES council_meeting (id),
    CONSTRAINT fk_council_agenda_item_referral FOREIGN KEY (referral_id) REFERENCES council_referral (id),
    CONSTRAINT uq_council_agenda_item_case UNIQUE (meeting_id, referral_id),
    INDEX ix_council_agenda_item_decided (decided_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE council_case_contact (
    case_number   VARCHAR(20)  PRIMARY KEY,
    submitted_by  VARCHAR(100) NULL,
    contact_email VARCHAR(254) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
