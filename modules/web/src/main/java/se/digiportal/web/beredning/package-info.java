/** Pages of the beredning module. */
package se.digiportal.web.beredning;
