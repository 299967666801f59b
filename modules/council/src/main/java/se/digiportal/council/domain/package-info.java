/**
 * Council entities and rules in plain Java: the council's meetings and what may happen to them, and the
 * repository interfaces the infrastructure implements.
 */
package se.digiportal.council.domain;
