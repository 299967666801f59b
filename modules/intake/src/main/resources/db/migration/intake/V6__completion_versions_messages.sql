-- Komplettering: what the beredningsgrupp asks the submitter to complete, by when, and the answer once given.
-- At most one request per case is open (answered_at NULL); the service keeps it so, the rows keep the history.
CREATE TABLE intake_completion_request (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    initiative_id    BIGINT        NOT NULL,
    what_to_complete TEXT          NOT NULL,
    deadline         DATE          NOT NULL,
    requested_by     VARCHAR(64)   NOT NULL,
    requested_at     DATETIME(6)   NOT NULL,
    answer           TEXT          NULL,
    answered_by      VARCHAR(64)   NULL,
    answered_at      DATETIME(6)   NULL,
    answer_version   INT           NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_intake_completion_initiative FOREIGN KEY (initiative_id) REFERENCES intake_initiative (id) ON DELETE CASCADE,
    INDEX ix_intake_completion_initiative (initiative_id, answered_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- The case text as it stood at each version: 1 is what was submitted, each completion adds the next.
-- A version is the record of what the beredningsgrupp was given, so it is never changed once written.
CREATE TABLE intake_initiative_version (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    initiative_id         BIGINT        NOT NULL,
    number                INT           NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    created_by            VARCHAR(64)   NOT NULL,
    answer                TEXT          NULL,
    title                 VARCHAR(200)  NOT NULL,
    need                  TEXT          NOT NULL,
    proposed_solution     TEXT          NULL,
    expected_benefits     TEXT          NULL,
    responsible_director  VARCHAR(200)  NULL,
    estimated_total_hours INT           NULL,
    financing_source      VARCHAR(500)  NULL,
    integrations_with     VARCHAR(1000) NULL,
    external_party        VARCHAR(500)  NULL,
    CONSTRAINT uk_intake_initiative_version UNIQUE (initiative_id, number),
    CONSTRAINT fk_intake_version_initiative FOREIGN KEY (initiative_id) REFERENCES intake_initiative (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TRIGGER intake_initiative_version_no_update BEFORE UPDATE ON intake_initiative_version FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'intake_initiative_version is immutable';

-- The current version's number on the case itself (optimistically locked), so two completions cannot both
-- become version 2.
ALTER TABLE intake_initiative ADD COLUMN content_version INT NOT NULL DEFAULT 1;

-- The thread between the beredningsgrupp and the submitter (and the förvaltning's contact person).
CREATE TABLE intake_case_message (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    initiative_id  BIGINT        NOT NULL,
    sent_at        DATETIME(6)   NOT NULL,
    author         VARCHAR(64)   NOT NULL,
    author_name    VARCHAR(200)  NOT NULL,
    from_preparers BOOLEAN       NOT NULL,
    subject        VARCHAR(200)  NOT NULL,
    text           TEXT          NOT NULL,
    CONSTRAINT fk_intake_message_initiative FOREIGN KEY (initiative_id) REFERENCES intake_initiative (id) ON DELETE CASCADE,
    INDEX ix_intake_message_initiative (initiative_id, sent_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
