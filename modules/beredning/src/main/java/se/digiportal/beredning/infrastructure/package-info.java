/**
 * Beredning plumbing: the beredning persistence unit, the JPA repositories and the module's schema registration.
 */
package se.digiportal.beredning.infrastructure;
