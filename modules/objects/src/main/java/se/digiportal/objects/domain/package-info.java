/**
 * Object entities and rules in plain Java: förvaltningsobjekt with their roles and what an object needs before
 * an objektplan can be written, and the repository interfaces the infrastructure implements.
 */
package se.digiportal.objects.domain;
