/**
 * Intake plumbing: the intake persistence unit, the JPA repository and the module's schema registration.
 */
package se.digiportal.intake.infrastructure;
