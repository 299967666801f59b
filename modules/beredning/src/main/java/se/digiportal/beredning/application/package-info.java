/**
 * Beredning use cases for the beredningsgrupp: the workbench, the meeting calendar with bookings and
 * invitations, the underlag (decision basis) and its publication, and the ranking per tjänsteområde.
 * Transactions and security annotations live here; results are views, never entities.
 */
package se.digiportal.beredning.application;
