-- Resourcing in the project office: the kinds of resources booked, their capacity per month (a default per kind,
-- overridden per month), the bookings of each item, and the status reports filed on it over time.
CREATE TABLE portfolio_resource_kind (
    code                   VARCHAR(32)  NOT NULL PRIMARY KEY,
    name_sv                VARCHAR(100) NOT NULL,
    name_en                VARCHAR(100) NOT NULL,
    monthly_capacity_hours INT          NOT NULL,
    sort_order             INT          NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- Sensible defaults (a small municipality's shared resources); the project office changes them as data.
INSERT INTO portfolio_resource_kind (code, name_sv, name_en, monthly_capacity_hours, sort_order) VALUES
 ('PROJECT_LEAD',   'Projektledare',               'Project lead',              320, 10),
 ('DIGITALISATION', 'Digitaliseringsstrateg',      'Digitalisation strategist', 480, 20),
 ('DEVELOPER',      'Utvecklare/integratör',       'Developer/integrator',      640, 30),
 ('IT_OPERATIONS',  'IT-drift',                    'IT operations',             320, 40),
 ('LEGAL',          'Jurist',                      'Legal counsel',              80, 50),
 ('PROCUREMENT',    'Upphandlare',                 'Procurement officer',       160, 60),
 ('INFOSEC',        'Informationssäkerhet',        'Information security',       80, 70);

CREATE TABLE portfolio_capacity (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind_code   VARCHAR(32) NOT NULL,
    month_start DATE        NOT NULL,
    hours       INT         NOT NULL,
    CONSTRAINT uk_portfolio_capacity UNIQUE (kind_code, month_start),
    CONSTRAINT fk_portfolio_capacity_kind FOREIGN KEY (kind_code) REFERENCES portfolio_resource_kind (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE portfolio_booking (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id         BIGINT       NOT NULL,
    kind_code       VARCHAR(32)  NOT NULL,
    person          VARCHAR(100) NULL,
    from_month      DATE         NOT NULL,
    to_month        DATE         NOT NULL,
    hours_per_month INT          NOT NULL,
    CONSTRAINT fk_portfolio_booking_item FOREIGN KEY (item_id) REFERENCES portfolio_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_portfolio_booking_kind FOREIGN KEY (kind_code) REFERENCES portfolio_resource_kind (code),
    INDEX ix_portfolio_booking_months (from_month, to_month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE portfolio_status_report (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id     BIGINT        NOT NULL,
    reported_at DATETIME(6)   NOT NULL,
    reported_by VARCHAR(100)  NOT NULL,
    rag         VARCHAR(10)   NOT NULL,
    progress    INT           NOT NULL,
    note        VARCHAR(2000) NOT NULL,
    next_steps  VARCHAR(2000) NULL,
    CONSTRAINT fk_portfolio_status_report_item FOREIGN KEY (item_id) REFERENCES portfolio_item (id) ON DELETE CASCADE,
    INDEX ix_portfolio_status_report_item (item_id, reported_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
