/**
 * What other modules may use of portfolio: its published events and identifiers. Nothing outside portfolio
 * reaches past this package; a portfolio item is known to others by its case number.
 */
package se.digiportal.portfolio.api;
