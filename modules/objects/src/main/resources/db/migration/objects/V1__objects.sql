-- Objects schema: förvaltningsobjekt after Nackamodellen. Roles are kernel users, referred to by username;
-- a NULL role is vacant.
CREATE TABLE objects_managed_object (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                   VARCHAR(200)  NOT NULL,
    description            VARCHAR(2000) NULL,
    org_unit_id            BIGINT        NOT NULL,
    owner_username         VARCHAR(64)   NULL,
    business_lead_username VARCHAR(64)   NULL,
    it_lead_username       VARCHAR(64)   NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_objects_managed_object_name UNIQUE (name),
    CONSTRAINT ck_objects_managed_object_lead_pair CHECK (business_lead_username <> it_lead_username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
