/**
 * What other modules may use of objects: its published events and identifiers, and the system register's names
 * (read-only) for the portfolio's synergy view. Nothing outside objects reaches past this package.
 */
package se.digiportal.objects.api;
