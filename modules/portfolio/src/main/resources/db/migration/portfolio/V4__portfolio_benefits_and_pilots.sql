-- Benefits realization (nyttorealisering, after DIGG's model) and the evaluation a pilot gets before broad roll-out.
CREATE TABLE portfolio_benefit (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id        BIGINT         NOT NULL,
    description    VARCHAR(1000)  NOT NULL,
    stakeholder    VARCHAR(200)   NOT NULL,
    benefit_type   VARCHAR(20)    NOT NULL,
    indicator      VARCHAR(200)   NOT NULL,
    baseline       DECIMAL(16, 2) NOT NULL,
    target         DECIMAL(16, 2) NOT NULL,
    owner          VARCHAR(100)   NOT NULL,
    next_follow_up DATE           NULL,
    created_at     DATETIME(6)    NOT NULL,
    CONSTRAINT fk_portfolio_benefit_item FOREIGN KEY (item_id) REFERENCES portfolio_item (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE portfolio_benefit_measurement (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    benefit_id  BIGINT         NOT NULL,
    measured_on DATE           NOT NULL,
    measured    DECIMAL(16, 2) NOT NULL,
    note        VARCHAR(500)   NULL,
    recorded_by VARCHAR(100)   NOT NULL,
    CONSTRAINT fk_portfolio_measurement_benefit FOREIGN KEY (benefit_id) REFERENCES portfolio_benefit (id)
        ON DELETE CASCADE,
    INDEX ix_portfolio_measurement_benefit (benefit_id, measured_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

ALTER TABLE portfolio_item
    ADD COLUMN pilot_learned      VARCHAR(4000) NULL,
    ADD COLUMN pilot_decision     VARCHAR(20)   NULL,
    ADD COLUMN pilot_evaluated_at DATETIME(6)   NULL,
    ADD COLUMN pilot_evaluated_by VARCHAR(100)  NULL;
