-- Beredning: cases as the beredningsgrupp prepares them, the quality-assurance checklist, completion requests
-- with their follow-up, recommendations and handling-time targets.
CREATE TABLE beredning_case (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number           VARCHAR(20)   NOT NULL,
    initiative_id         BIGINT        NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    service_area_code     VARCHAR(32)   NOT NULL,
    org_unit_id           BIGINT        NOT NULL,
    forvaltning_id        BIGINT        NOT NULL,
    submitted_by          VARCHAR(64)   NOT NULL,
    contact_name          VARCHAR(200)  NULL,
    contact_email         VARCHAR(200)  NULL,
    responsible_director  VARCHAR(200)  NULL,
    estimated_total_hours INT           NULL,
    affected_org_units    VARCHAR(1000) NULL,
    procurement           BOOLEAN       NOT NULL DEFAULT FALSE,
    new_integrations      BOOLEAN       NOT NULL DEFAULT FALSE,
    external_processing   BOOLEAN       NOT NULL DEFAULT FALSE,
    financing_clear       BOOLEAN       NOT NULL DEFAULT FALSE,
    pilot                 BOOLEAN       NOT NULL DEFAULT FALSE,
    criteria              VARCHAR(200)  NULL,
    criteria_count        INT           NOT NULL DEFAULT 0,
    submitted_at          DATETIME(6)   NOT NULL,
    submission_version    INT           NOT NULL DEFAULT 1,
    status                VARCHAR(30)   NOT NULL,
    status_since          DATETIME(6)   NOT NULL,
    assignee              VARCHAR(64)   NULL,
    assignee_name         VARCHAR(200)  NULL,
    checklist_answered    INT           NOT NULL DEFAULT 0,
    assessment            VARCHAR(20)   NULL,
    assessment_motivation VARCHAR(4000) NULL,
    routing               VARCHAR(30)   NULL,
    routing_motivation    VARCHAR(4000) NULL,
    consultation_mode     VARCHAR(20)   NULL,
    updated_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_beredning_case_number UNIQUE (case_number),
    INDEX ix_beredning_case_status (status, submitted_at),
    INDEX ix_beredning_case_area (service_area_code),
    INDEX ix_beredning_case_forvaltning (forvaltning_id),
    INDEX ix_beredning_case_assignee (assignee)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE beredning_checklist_item (
    code     VARCHAR(40)   NOT NULL PRIMARY KEY,
    label    VARCHAR(200)  NOT NULL,
    guidance VARCHAR(1000) NULL,
    position INT           NOT NULL,
    active   BOOLEAN       NOT NULL DEFAULT TRUE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- The default checklist (configuration, not demo data): the points the issue and seed 000 name.
INSERT INTO beredning_checklist_item (code, label, guidance, position) VALUES
 ('NEED', 'Behovet är beskrivet', 'Vilket problem löses, för vem, och hur ser det ut i dag?', 10),
 ('BENEFITS', 'Nyttan är angiven', 'Förväntade nyttor för invånare, medarbetare eller verksamhet, gärna mätbara.', 20),
 ('FINANCING', 'Finansieringen är klarlagd', 'Investering och drift: vem betalar, och finns medlen?', 30),
 ('LEGAL_GDPR', 'Juridik och dataskydd (GDPR)', 'Personuppgifter, rättslig grund, konsekvensbedömning vid behov.', 40),
 ('PROCUREMENT', 'Upphandling', 'Behövs upphandling eller finns avtal? IT-upphandling kräver samråd.', 50),
 ('ARCHITECTURE', 'Arkitektur och integrationer', 'Passar lösningen in i kommunens arkitektur; vilka system berörs?', 60),
 ('INFOSEC', 'Informationssäkerhet', 'Informationsklassning och säkerhetskrav är kända.', 70);

CREATE TABLE beredning_checklist_answer (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    item_code    VARCHAR(40)   NOT NULL,
    verdict      VARCHAR(20)   NOT NULL,
    comment_text VARCHAR(2000) NULL,
    answered_by  VARCHAR(64)   NOT NULL,
    answered_at  DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_beredning_answer_case FOREIGN KEY (case_id) REFERENCES beredning_case (id),
    CONSTRAINT fk_beredning_answer_item FOREIGN KEY (item_code) REFERENCES beredning_checklist_item (code),
    CONSTRAINT uq_beredning_answer UNIQUE (case_id, item_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE beredning_completion_request (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id           BIGINT        NOT NULL,
    what_to_complete  VARCHAR(4000) NOT NULL,
    requested_at      DATETIME(6)   NOT NULL,
    requested_by      VARCHAR(64)   NOT NULL,
    deadline          DATE          NOT NULL,
    state             VARCHAR(20)   NOT NULL,
    reminded_at       DATETIME(6)   NULL,
    reminder_deadline DATE          NULL,
    parked_at         DATETIME(6)   NULL,
    closed_at         DATETIME(6)   NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_beredning_completion_case FOREIGN KEY (case_id) REFERENCES beredning_case (id),
    INDEX ix_beredning_completion_follow_up (state, deadline, reminder_deadline),
    INDEX ix_beredning_completion_case (case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE beredning_recommendation (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id             BIGINT        NOT NULL,
    topic               VARCHAR(200)  NOT NULL,
    recommendation_text VARCHAR(4000) NOT NULL,
    given_by            VARCHAR(64)   NOT NULL,
    given_at            DATETIME(6)   NOT NULL,
    CONSTRAINT fk_beredning_recommendation_case FOREIGN KEY (case_id) REFERENCES beredning_case (id),
    INDEX ix_beredning_recommendation_case (case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE beredning_handling_target (
    status       VARCHAR(30) NOT NULL PRIMARY KEY,
    working_days INT         NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- Default targets (configuration): a new case is taken within a week, prepared within a month.
INSERT INTO beredning_handling_target (status, working_days) VALUES
 ('NEW', 5), ('IN_PREPARATION', 20), ('UNDERLAG_IN_PREPARATION', 15);

-- A beredare's own named queue filters ("Mina nya", "Socialtjänsten, försenade"...).
CREATE TABLE beredning_saved_filter (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner             VARCHAR(64)  NOT NULL,
    name              VARCHAR(100) NOT NULL,
    statuses          VARCHAR(300) NULL,
    forvaltning_id    BIGINT       NULL,
    service_area_code VARCHAR(32)  NULL,
    criteria_met      BOOLEAN      NULL,
    assignee          VARCHAR(64)  NULL,
    older_than_days   INT          NULL,
    free_text         VARCHAR(200) NULL,
    CONSTRAINT uq_beredning_saved_filter UNIQUE (owner, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
