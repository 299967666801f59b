/**
 * What other modules may use of objects: its published events and identifiers. Nothing outside objects reaches
 * past this package.
 */
package se.digiportal.objects.api;
