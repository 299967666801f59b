-- Kernel schema: organisation, service areas, users and roles, settings, case numbers, audit trail.
CREATE TABLE kernel_org_unit (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(32)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    parent_id  BIGINT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_kernel_org_unit_code UNIQUE (code),
    CONSTRAINT fk_kernel_org_unit_parent FOREIGN KEY (parent_id) REFERENCES kernel_org_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE kernel_service_area (
    code        VARCHAR(32)   PRIMARY KEY,
    name_sv     VARCHAR(120)  NOT NULL,
    name_en     VARCHAR(120)  NOT NULL,
    description VARCHAR(1000) NULL,
    sort_order  INT           NOT NULL DEFAULT 0,
    active      BOOLEAN       NOT NULL DEFAULT TRUE,
    version     BIGINT        NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- The five tjänsteområden of seed 003; their codes are part of the public API.
INSERT INTO kernel_service_area (code, name_sv, name_en, description, sort_order) VALUES
 ('PEDAGOGICAL', 'Pedagogiska tjänster', 'Pedagogical services', 'Förskola, skola, vuxenutbildning', 10),
 ('SOCIAL', 'Sociala tjänster', 'Social services', 'Äldreomsorg, funktionsnedsättning, individ- och familjeomsorg', 20),
 ('TECHNICAL', 'Tekniska tjänster', 'Technical services', 'Stadsbyggnad, trafik, miljö, fastigheter', 30),
 ('ADMINISTRATIVE', 'Administrativa och gemensamma tjänster', 'Administrative and shared services', 'Ekonomi, HR, ärendehantering, e-tjänster', 40),
 ('IT_INFRASTRUCTURE', 'IT-infrastruktur och telefoni', 'IT infrastructure and telephony', 'Nät, drift, klienter, telefoni', 50);

CREATE TABLE kernel_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    email         VARCHAR(254) NULL,
    phone         VARCHAR(40)  NULL,
    title         VARCHAR(120) NULL,
    org_unit_id   BIGINT       NOT NULL,
    password_hash VARCHAR(100) NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_kernel_user_username UNIQUE (username),
    CONSTRAINT fk_kernel_user_org_unit FOREIGN KEY (org_unit_id) REFERENCES kernel_org_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE kernel_user_role (
    user_id   BIGINT      NOT NULL,
    role_name VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role_name),
    CONSTRAINT fk_kernel_user_role_user FOREIGN KEY (user_id) REFERENCES kernel_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE kernel_setting (
    setting_key   VARCHAR(64)   PRIMARY KEY,
    setting_value VARCHAR(2000) NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    updated_by    VARCHAR(64)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE kernel_case_number_sequence (
    year       INT PRIMARY KEY,
    last_value INT NOT NULL
) ENGINE=InnoDB;

CREATE TABLE kernel_audit_entry (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(6) NOT NULL,
    actor          VARCHAR(64) NOT NULL,
    entity_type    VARCHAR(64) NOT NULL,
    entity_id      VARCHAR(64) NOT NULL,
    action         VARCHAR(64) NOT NULL,
    changes        LONGTEXT    NULL,
    correlation_id VARCHAR(64) NULL,
    INDEX ix_kernel_audit_entity (entity_type, entity_id),
    INDEX ix_kernel_audit_actor (actor),
    INDEX ix_kernel_audit_time (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- The audit trail is append-only, whoever connects.
CREATE TRIGGER kernel_audit_entry_no_update BEFORE UPDATE ON kernel_audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'kernel_audit_entry is append-only';
CREATE TRIGGER kernel_audit_entry_no_delete BEFORE DELETE ON kernel_audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'kernel_audit_entry is append-only';
