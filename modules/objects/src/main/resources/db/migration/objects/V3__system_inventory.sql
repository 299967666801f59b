-- System inventory rounds (systeminventering): a round, and one task per system addressed to its specialists.
CREATE TABLE objects_inventory_round (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    title             VARCHAR(200) NOT NULL,
    managed_object_id BIGINT       NULL,
    deadline          DATE         NOT NULL,
    remind_on         DATE         NOT NULL,
    opened_by         VARCHAR(64)  NOT NULL,
    opened_at         DATETIME(6)  NOT NULL,
    reminder_sent_at  DATETIME(6)  NULL,
    closed_at         DATETIME(6)  NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_objects_inventory_round_object FOREIGN KEY (managed_object_id) REFERENCES objects_managed_object (id),
    CONSTRAINT ck_objects_inventory_round_dates CHECK (remind_on <= deadline)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE objects_inventory_task (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id          BIGINT        NOT NULL,
    system_id         BIGINT        NOT NULL,
    system_name       VARCHAR(200)  NOT NULL,
    org_unit_id       BIGINT        NOT NULL,
    managed_object_id BIGINT        NULL,
    business_username VARCHAR(64)   NULL,
    it_username       VARCHAR(64)   NULL,
    answer            VARCHAR(20)   NOT NULL DEFAULT 'PENDING',
    answered_by       VARCHAR(64)   NULL,
    answered_at       DATETIME(6)   NULL,
    correction_note   VARCHAR(2000) NULL,
    reminded          BOOLEAN       NOT NULL DEFAULT FALSE,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_objects_inventory_task_round_system UNIQUE (round_id, system_id),
    CONSTRAINT fk_objects_inventory_task_round FOREIGN KEY (round_id) REFERENCES objects_inventory_round (id),
    CONSTRAINT fk_objects_inventory_task_system FOREIGN KEY (system_id) REFERENCES objects_it_system (id),
    CONSTRAINT ck_objects_inventory_task_answer CHECK (answer IN ('PENDING', 'CONFIRMED', 'CORRECTED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_objects_inventory_task_business ON objects_inventory_task (business_username);
CREATE INDEX ix_objects_inventory_task_it ON objects_inventory_task (it_username);
