/**
 * Kernel use cases: administration of organisation, users and settings, case-number allocation, the audit
 * trail, mail and health. Transactions and security annotations live here; results are views, never entities.
 */
package se.digiportal.kernel.application;
