-- Council: who sits in the digitaliseringsråd and with what function, and who sits on the utskott for
-- e-service questions (seed 003). Each member is a kernel user with the role COUNCIL_MEMBER (referred to by
-- username, as the kernel's own rows are).
CREATE TABLE council_member (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    username   VARCHAR(100) NOT NULL,
    function   VARCHAR(20)  NOT NULL,
    in_utskott BOOLEAN      NOT NULL DEFAULT FALSE,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_council_member_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
