/** Pages of the portfolio module. */
package se.digiportal.web.portfolio;
