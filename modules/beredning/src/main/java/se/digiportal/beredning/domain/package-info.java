/**
 * Beredning's entities and rules in plain Java: the beredningsgrupp's meetings, and the repository interfaces
 * the infrastructure implements.
 */
package se.digiportal.beredning.domain;
