-- Entering the portfolio: the path and decision an item came with, its resourcing (project lead, planned period,
-- budget per year), the latest status on the item for one-query feeds, and updated_at for the sync feed.
ALTER TABLE portfolio_item
    ADD COLUMN entry_path              VARCHAR(20)   NOT NULL DEFAULT 'QUALITY_ASSURED',
    ADD COLUMN decision_meeting_id     BIGINT        NULL,
    ADD COLUMN decision_agenda_item_id BIGINT        NULL,
    ADD COLUMN decision_conditions     VARCHAR(1000) NULL,
    ADD COLUMN underlag_id             BIGINT        NULL,
    ADD COLUMN estimated_total_hours   INT           NULL,
    ADD COLUMN project_lead            VARCHAR(100)  NULL,
    ADD COLUMN planned_start           DATE          NULL,
    ADD COLUMN planned_end             DATE          NULL,
    ADD COLUMN current_status          VARCHAR(10)   NULL,
    ADD COLUMN current_progress        INT           NULL,
    ADD COLUMN updated_at              DATETIME(6)   NULL;

UPDATE portfolio_item SET updated_at = entered_at;

-- The default serves rows inserted without it (the demo data of V1); the application always sets it in UTC.
ALTER TABLE portfolio_item
    MODIFY COLUMN updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    ADD INDEX ix_portfolio_item_updated_at (updated_at),
    ADD INDEX ix_portfolio_item_service_area (service_area_code),
    ADD INDEX ix_portfolio_item_org_unit (org_unit_id);

-- Budget per year in whole kronor: investment (one-off) and operation (drift).
CREATE TABLE portfolio_budget_line (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id        BIGINT NOT NULL,
    budget_year    INT    NOT NULL,
    investment_sek BIGINT NOT NULL DEFAULT 0,
    operation_sek  BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_portfolio_budget_line UNIQUE (item_id, budget_year),
    CONSTRAINT fk_portfolio_budget_line_item FOREIGN KEY (item_id) REFERENCES portfolio_item (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- Cases referred to the council, remembered until the council decides (the decision names only the case).
CREATE TABLE portfolio_referred_case (
    case_number       VARCHAR(20)  NOT NULL PRIMARY KEY,
    title             VARCHAR(200) NOT NULL,
    service_area_code VARCHAR(32)  NOT NULL,
    org_unit_id       BIGINT       NOT NULL,
    underlag_id       BIGINT       NOT NULL,
    referred_at       DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
