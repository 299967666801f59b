-- Beredning: meeting agendas with invitees and notes, the underlag (decision basis) with comments on its draft,
-- and the ranked list per tjänsteområde and year (step 2 of the prioritization).

-- An invitation's calendar entry needs an end: meetings last two hours unless the calendar says otherwise.
ALTER TABLE beredning_meeting ADD COLUMN duration_minutes INT NOT NULL DEFAULT 120;

CREATE TABLE beredning_agenda_item (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id  BIGINT        NOT NULL,
    case_id     BIGINT        NOT NULL,
    case_number VARCHAR(20)   NOT NULL,
    position    INT           NOT NULL,
    note        VARCHAR(4000) NULL,
    invitees    VARCHAR(2000) NULL,
    booked_by   VARCHAR(64)   NOT NULL,
    booked_at   DATETIME(6)   NOT NULL,
    noted_by    VARCHAR(64)   NULL,
    noted_at    DATETIME(6)   NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_beredning_agenda_meeting FOREIGN KEY (meeting_id) REFERENCES beredning_meeting (id),
    CONSTRAINT fk_beredning_agenda_case FOREIGN KEY (case_id) REFERENCES beredning_case (id),
    -- A case is on a meeting once; two bookings at the same instant cannot take the same place.
    CONSTRAINT uq_beredning_agenda_case UNIQUE (meeting_id, case_id),
    CONSTRAINT uq_beredning_agenda_position UNIQUE (meeting_id, position),
    INDEX ix_beredning_agenda_case (case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE beredning_underlag (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id           BIGINT      NOT NULL,
    case_number       VARCHAR(20) NOT NULL,
    background        TEXT        NULL,
    need              TEXT        NULL,
    options_text      TEXT        NULL,
    costs             TEXT        NULL,
    risks             TEXT        NULL,
    gdpr              TEXT        NULL,
    recommendation    TEXT        NULL,
    proposed_decision TEXT        NULL,
    state             VARCHAR(20) NOT NULL,
    updated_by        VARCHAR(64) NOT NULL,
    updated_at        DATETIME(6) NOT NULL,
    published_by      VARCHAR(64) NULL,
    published_at      DATETIME(6) NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_beredning_underlag_case FOREIGN KEY (case_id) REFERENCES beredning_case (id),
    CONSTRAINT uq_beredning_underlag_case UNIQUE (case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE beredning_underlag_comment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    author       VARCHAR(64)   NOT NULL,
    author_name  VARCHAR(200)  NULL,
    comment_text VARCHAR(4000) NOT NULL,
    written_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_beredning_comment_case FOREIGN KEY (case_id) REFERENCES beredning_case (id),
    INDEX ix_beredning_comment_case (case_id, written_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE beredning_ranking (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    service_area_code VARCHAR(32) NOT NULL,
    ranking_year      INT         NOT NULL,
    frozen_by         VARCHAR(64) NULL,
    frozen_at         DATETIME(6) NULL,
    updated_by        VARCHAR(64) NULL,
    updated_at        DATETIME(6) NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_beredning_ranking UNIQUE (service_area_code, ranking_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- No unique (ranking_id, position): a reorder swaps positions row by row. The Ranking keeps them 1..n.
CREATE TABLE beredning_ranking_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    ranking_id  BIGINT      NOT NULL,
    case_id     BIGINT      NOT NULL,
    case_number VARCHAR(20) NOT NULL,
    position    INT         NOT NULL,
    CONSTRAINT fk_beredning_entry_ranking FOREIGN KEY (ranking_id) REFERENCES beredning_ranking (id) ON DELETE CASCADE,
    CONSTRAINT fk_beredning_entry_case FOREIGN KEY (case_id) REFERENCES beredning_case (id),
    CONSTRAINT uq_beredning_entry_case UNIQUE (ranking_id, case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
