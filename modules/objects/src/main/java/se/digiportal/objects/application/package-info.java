/**
 * Object use cases for owners, leads, system specialists and administrators, starting with the list of objects
 * and their unfilled roles. Transactions and security annotations live here; results are views, never entities.
 */
package se.digiportal.objects.application;
