-- The yearly prioritization: criteria with weights (the project office's data), a budget per year, each
-- candidate's assessment (cost in tkr, scores 1-5, force in/out) and saved scenarios as immutable snapshots.
-- A year's decision is the one scenario its year row points at; the unique year keeps it to one.
CREATE TABLE portfolio_priority_criterion (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    code      VARCHAR(32)  NOT NULL,
    name      VARCHAR(100) NOT NULL,
    weight    INT          NOT NULL,
    direction VARCHAR(20)  NOT NULL,
    position  INT          NOT NULL,
    version   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_portfolio_priority_criterion_code UNIQUE (code),
    CONSTRAINT ck_portfolio_priority_criterion_weight CHECK (weight BETWEEN 0 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE portfolio_priority_year (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    budget_year        INT         NOT NULL,
    budget_tkr         BIGINT      NOT NULL DEFAULT 0,
    frozen_scenario_id BIGINT      NULL,
    frozen_by          VARCHAR(64) NULL,
    frozen_at          DATETIME(6) NULL,
    version            BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_portfolio_priority_year UNIQUE (budget_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE portfolio_priority_assessment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    budget_year INT         NOT NULL,
    case_number VARCHAR(20) NOT NULL,
    cost_tkr    BIGINT      NOT NULL DEFAULT 0,
    forcing     VARCHAR(10) NOT NULL DEFAULT 'NONE',
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_portfolio_priority_assessment UNIQUE (budget_year, case_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE portfolio_priority_score (
    assessment_id  BIGINT      NOT NULL,
    criterion_code VARCHAR(32) NOT NULL,
    score          INT         NOT NULL,
    PRIMARY KEY (assessment_id, criterion_code),
    CONSTRAINT fk_portfolio_priority_score_assessment FOREIGN KEY (assessment_id)
        REFERENCES portfolio_priority_assessment (id) ON DELETE CASCADE,
    CONSTRAINT ck_portfolio_priority_score CHECK (score BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE portfolio_scenario (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    budget_year    INT           NOT NULL,
    name           VARCHAR(120)  NOT NULL,
    budget_tkr     BIGINT        NOT NULL,
    weights        VARCHAR(1000) NOT NULL,
    total_cost_tkr BIGINT        NOT NULL,
    total_value    BIGINT        NOT NULL,
    created_by     VARCHAR(64)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    frozen_by      VARCHAR(64)   NULL,
    frozen_at      DATETIME(6)   NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_portfolio_scenario_year (budget_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE portfolio_scenario_line (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    scenario_id       BIGINT       NOT NULL,
    position          INT          NOT NULL,
    case_number       VARCHAR(20)  NOT NULL,
    title             VARCHAR(200) NOT NULL,
    service_area_code VARCHAR(32)  NULL,
    cost_tkr          BIGINT       NOT NULL,
    value             BIGINT       NOT NULL,
    forcing           VARCHAR(10)  NOT NULL,
    selected          BOOLEAN      NOT NULL,
    CONSTRAINT fk_portfolio_scenario_line_scenario FOREIGN KEY (scenario_id) REFERENCES portfolio_scenario (id),
    CONSTRAINT uk_portfolio_scenario_line UNIQUE (scenario_id, case_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

ALTER TABLE portfolio_priority_year ADD CONSTRAINT fk_portfolio_priority_year_scenario
    FOREIGN KEY (frozen_scenario_id) REFERENCES portfolio_scenario (id);

-- The default criteria (seed 002/003); the project office reweights or adds to them.
INSERT INTO portfolio_priority_criterion (code, name, weight, direction, position) VALUES
 ('BENEFIT', 'Nytta för verksamhet och invånare', 35, 'HIGHER_IS_BETTER', 1),
 ('STRATEGIC_FIT', 'Strategisk betydelse', 25, 'HIGHER_IS_BETTER', 2),
 ('URGENCY', 'Angelägenhet', 15, 'HIGHER_IS_BETTER', 3),
 ('RISK', 'Risk', 15, 'LOWER_IS_BETTER', 4),
 ('COST', 'Kostnad och resursbehov', 10, 'LOWER_IS_BETTER', 5);
