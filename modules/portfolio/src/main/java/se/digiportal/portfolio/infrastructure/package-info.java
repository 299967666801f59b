/**
 * Portfolio plumbing: the portfolio persistence unit, the JPA repositories and the module's schema registration.
 */
package se.digiportal.portfolio.infrastructure;
