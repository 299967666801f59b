/**
 * Beredning's entities and rules in plain Java: preparation cases and their state machine, the checklist,
 * completion requests, recommendations, the beredningsgrupp's meetings with their agendas and invitees, the
 * underlag (decision basis) with its publish rule, the ranking per tjänsteområde, and the repository interfaces
 * the infrastructure implements.
 */
package se.digiportal.beredning.domain;
