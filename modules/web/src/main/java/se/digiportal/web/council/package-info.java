/** Pages of the council module. */
package se.digiportal.web.council;
