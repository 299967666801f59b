/**
 * What other modules may use of beredning: its published case events (which also implement the kernel's
 * {@code CaseEvent}, so the submitter's timeline records them) and the published underlag of referred cases.
 * Other modules refer to a case by its case number.
 */
package se.digiportal.beredning.api;
