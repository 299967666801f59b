/**
 * Beredning use cases for the beredningsgrupp, starting with its meeting calendar. Transactions and security
 * annotations live here; results are views, never entities.
 */
package se.digiportal.beredning.application;
