-- The full submission template (seed 000, 003), the criteria result stored with the case, and the
-- idempotency key that keeps a retried submit from creating a second case.
ALTER TABLE intake_initiative
    ADD COLUMN expected_benefits     TEXT          NULL AFTER proposed_solution,
    ADD COLUMN contact_name          VARCHAR(200)  NULL,
    ADD COLUMN contact_email         VARCHAR(200)  NULL,
    ADD COLUMN contact_phone         VARCHAR(50)   NULL,
    ADD COLUMN responsible_director  VARCHAR(200)  NULL,
    ADD COLUMN estimated_total_hours INT           NULL,
    ADD COLUMN financing_clear       BOOLEAN       NULL,
    ADD COLUMN financing_source      VARCHAR(500)  NULL,
    ADD COLUMN new_it_support        BOOLEAN       NULL,
    ADD COLUMN new_integrations      BOOLEAN       NULL,
    ADD COLUMN integrations_with     VARCHAR(1000) NULL,
    ADD COLUMN external_processing   BOOLEAN       NULL,
    ADD COLUMN external_party        VARCHAR(500)  NULL,
    ADD COLUMN pilot                 BOOLEAN       NULL,
    ADD COLUMN desired_start         DATE          NULL,
    ADD COLUMN idempotency_key       VARCHAR(100)  NULL,
    ADD COLUMN updated_at            DATETIME(6)   NULL,
    -- Per submitter: two callers may well pick the same key; NULL (drafts, form submits) never clashes.
    ADD CONSTRAINT uk_intake_initiative_idempotency UNIQUE (submitted_by, idempotency_key);

CREATE TABLE intake_initiative_beneficiary (
    initiative_id BIGINT      NOT NULL,
    beneficiary   VARCHAR(20) NOT NULL,
    PRIMARY KEY (initiative_id, beneficiary),
    CONSTRAINT fk_intake_beneficiary_initiative FOREIGN KEY (initiative_id) REFERENCES intake_initiative (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- Other verksamheter the initiative affects, by kernel org unit code (criterion 7).
CREATE TABLE intake_initiative_affected_unit (
    initiative_id BIGINT      NOT NULL,
    org_unit_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (initiative_id, org_unit_code),
    CONSTRAINT fk_intake_affected_initiative FOREIGN KEY (initiative_id) REFERENCES intake_initiative (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- Hours needed from each kind of shared municipal resource (criterion 1).
CREATE TABLE intake_initiative_shared_hours (
    initiative_id BIGINT      NOT NULL,
    resource_kind VARCHAR(20) NOT NULL,
    hours         INT         NOT NULL,
    PRIMARY KEY (initiative_id, resource_kind),
    CONSTRAINT fk_intake_hours_initiative FOREIGN KEY (initiative_id) REFERENCES intake_initiative (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- The met criteria as the submitter saw them when submitting, in the rule's order.
CREATE TABLE intake_initiative_criterion (
    initiative_id BIGINT       NOT NULL,
    criterion_order INT        NOT NULL,
    code          VARCHAR(40)  NOT NULL,
    explanation   VARCHAR(500) NOT NULL,
    PRIMARY KEY (initiative_id, criterion_order),
    CONSTRAINT fk_intake_criterion_initiative FOREIGN KEY (initiative_id) REFERENCES intake_initiative (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
