-- Full-text search over what an initiative is about, so a submitter sees similar cases before sending a
-- duplicate (seed 000: find collaboration between projects).
ALTER TABLE intake_initiative ADD FULLTEXT INDEX ft_intake_initiative_text (title, need, proposed_solution);
