/**
 * Objects plumbing: the objects persistence unit, the JPA repositories and the module's schema registration.
 */
package se.digiportal.objects.infrastructure;
