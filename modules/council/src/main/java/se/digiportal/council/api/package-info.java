/**
 * What other modules may use of council: its published events and identifiers, such as a decision taken on a
 * case. Nothing outside council reaches past this package.
 */
package se.digiportal.council.api;
