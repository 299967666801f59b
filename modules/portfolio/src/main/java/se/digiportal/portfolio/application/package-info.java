/**
 * Portfolio use cases for the project office, the beredningsgrupp and the council, starting with the list of
 * items. Transactions and security annotations live here; results are views, never entities.
 */
package se.digiportal.portfolio.application;
