/** Pages of the intake module. */
package se.digiportal.web.intake;
