-- The förvaltningschef of a förvaltning, by username: who is told on the förvaltning's behalf.
ALTER TABLE kernel_org_unit ADD COLUMN manager_username VARCHAR(64) NULL;
