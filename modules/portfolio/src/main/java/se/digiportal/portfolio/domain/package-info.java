/**
 * Portfolio entities and rules in plain Java: portfolio items and the phases they move through, and the
 * repository interfaces the infrastructure implements.
 */
package se.digiportal.portfolio.domain;
