/**
 * Kernel entities and rules in plain Java: org units, service areas, user accounts, the audit entry and its
 * field-level changes, settings with their defaults, and the repository interfaces the infrastructure implements.
 */
package se.digiportal.kernel.domain;
