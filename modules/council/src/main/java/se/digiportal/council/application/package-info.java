/**
 * Council use cases for its members and secretary, starting with the meeting calendar. Transactions and security
 * annotations live here; results are views, never entities.
 */
package se.digiportal.council.application;
