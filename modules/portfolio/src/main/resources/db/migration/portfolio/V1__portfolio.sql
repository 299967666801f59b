-- Portfolio schema: the items of the digitaliseringsportfölj, each known by its case number from intake.
-- Org units and service areas are kernel rows, referred to by id and code.
CREATE TABLE portfolio_item (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number       VARCHAR(20)  NOT NULL,
    title             VARCHAR(200) NOT NULL,
    service_area_code VARCHAR(32)  NOT NULL,
    org_unit_id       BIGINT       NOT NULL,
    phase             VARCHAR(20)  NOT NULL,
    pilot             BOOLEAN      NOT NULL DEFAULT FALSE,
    entered_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_portfolio_item_case_number UNIQUE (case_number),
    INDEX ix_portfolio_item_phase (phase)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
