/** Exports for spreadsheets, shared by the modules' pages and the API. */
package se.digiportal.web.csv;
