/**
 * What other modules may use of beredning: its published events and identifiers, such as a case being referred
 * to the council. Nothing outside beredning reaches past this package.
 */
package se.digiportal.beredning.api;
