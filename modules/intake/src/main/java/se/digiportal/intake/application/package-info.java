/**
 * Intake use cases: the submitter's own cases and the beredningsgrupp's view of what has been submitted.
 * Transactions and security annotations live here; results are views, never entities.
 */
package se.digiportal.intake.application;
