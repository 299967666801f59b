-- The system register and the yearly objektplan (Nackamodellen). People are kernel users by username, the
-- förvaltning a kernel org unit by id and a planned initiative's intake case by its diarienummer: objects owns
-- only these tables and refers to everything else by value.
CREATE TABLE objects_it_system (
    id                           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                         VARCHAR(200)  NOT NULL,
    description                  VARCHAR(2000) NULL,
    managed_object_id            BIGINT        NULL,
    org_unit_id                  BIGINT        NOT NULL,
    supplier                     VARCHAR(200)  NULL,
    contract_end                 DATE          NULL,
    lifecycle                    VARCHAR(20)   NOT NULL,
    criticality                  VARCHAR(20)   NOT NULL,
    disposition                  VARCHAR(20)   NULL,
    personal_data                BOOLEAN       NOT NULL DEFAULT FALSE,
    sensitive_data               BOOLEAN       NOT NULL DEFAULT FALSE,
    processor_agreement          BOOLEAN       NOT NULL DEFAULT FALSE,
    integrations                 VARCHAR(2000) NULL,
    business_specialist_username VARCHAR(64)   NULL,
    it_specialist_username       VARCHAR(64)   NULL,
    version                      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_objects_it_system_name UNIQUE (name),
    CONSTRAINT fk_objects_it_system_object FOREIGN KEY (managed_object_id) REFERENCES objects_managed_object (id),
    CONSTRAINT ck_objects_it_system_lifecycle CHECK (lifecycle IN ('PLANNED', 'IN_USE', 'PHASING_OUT', 'RETIRED')),
    CONSTRAINT ck_objects_it_system_criticality CHECK (criticality IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    CONSTRAINT ck_objects_it_system_disposition
        CHECK (disposition IS NULL OR disposition IN ('TOLERATE', 'INVEST', 'MIGRATE', 'ELIMINATE')),
    CONSTRAINT ck_objects_it_system_sensitive CHECK (personal_data OR NOT sensitive_data),
    CONSTRAINT ck_objects_it_system_specialists CHECK (business_specialist_username <> it_specialist_username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_objects_it_system_object ON objects_it_system (managed_object_id);
CREATE INDEX ix_objects_it_system_org_unit ON objects_it_system (org_unit_id);

CREATE TABLE objects_plan (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    managed_object_id BIGINT        NOT NULL,
    plan_year         INT           NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    overall_plan      VARCHAR(4000) NULL,
    return_comment    VARCHAR(2000) NULL,
    decided_by        VARCHAR(64)   NULL,
    decided_at        DATETIME(6)   NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_objects_plan_object_year UNIQUE (managed_object_id, plan_year),
    CONSTRAINT fk_objects_plan_object FOREIGN KEY (managed_object_id) REFERENCES objects_managed_object (id),
    CONSTRAINT ck_objects_plan_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE objects_plan_goal (
    plan_id     BIGINT       NOT NULL,
    position    INT          NOT NULL,
    description VARCHAR(500) NOT NULL,
    outcome     VARCHAR(500) NULL,
    PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_objects_plan_goal_plan FOREIGN KEY (plan_id) REFERENCES objects_plan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE objects_plan_activity (
    plan_id     BIGINT       NOT NULL,
    position    INT          NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    description VARCHAR(500) NOT NULL,
    quarter     INT          NOT NULL,
    owner_name  VARCHAR(200) NULL,
    cost        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_objects_plan_activity_plan FOREIGN KEY (plan_id) REFERENCES objects_plan (id) ON DELETE CASCADE,
    CONSTRAINT ck_objects_plan_activity_kind CHECK (kind IN ('VIDAREUTVECKLING', 'VIDMAKTHALLANDE')),
    CONSTRAINT ck_objects_plan_activity_quarter CHECK (quarter BETWEEN 1 AND 4),
    CONSTRAINT ck_objects_plan_activity_cost CHECK (cost >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE objects_plan_budget_line (
    plan_id  BIGINT       NOT NULL,
    position INT          NOT NULL,
    category VARCHAR(500) NOT NULL,
    amount   BIGINT       NOT NULL,
    PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_objects_plan_budget_plan FOREIGN KEY (plan_id) REFERENCES objects_plan (id) ON DELETE CASCADE,
    CONSTRAINT ck_objects_plan_budget_amount CHECK (amount >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE objects_plan_initiative (
    plan_id     BIGINT       NOT NULL,
    position    INT          NOT NULL,
    term        VARCHAR(10)  NOT NULL,
    title       VARCHAR(500) NOT NULL,
    case_number VARCHAR(20)  NULL,
    PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_objects_plan_initiative_plan FOREIGN KEY (plan_id) REFERENCES objects_plan (id) ON DELETE CASCADE,
    CONSTRAINT ck_objects_plan_initiative_term CHECK (term IN ('SHORT', 'LONG'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
