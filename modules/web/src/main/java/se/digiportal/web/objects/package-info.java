/** Pages of the objects module. */
package se.digiportal.web.objects;
