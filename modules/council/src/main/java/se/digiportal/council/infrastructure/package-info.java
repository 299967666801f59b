/**
 * Council plumbing: the council persistence unit, the JPA repositories and the module's schema registration.
 */
package se.digiportal.council.infrastructure;
