-- Year-end follow-up of an approved objektplan: per activity what came of it and whether it was done
-- (goals already carry an outcome since V2). NULL done = not yet followed up.
ALTER TABLE objects_plan_activity
    ADD COLUMN outcome VARCHAR(500) NULL,
    ADD COLUMN done    BOOLEAN      NULL;
