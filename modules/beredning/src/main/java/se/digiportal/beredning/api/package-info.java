/**
 * What other modules may use of beredning: its published case events (which also implement the kernel's
 * {@code CaseEvent}, so the submitter's timeline records them), the published underlag of referred cases, and a
 * read-only overview (area rankings, open cases) for the portfolio's yearly prioritization and synergy view.
 * Other modules refer to a case by its case number.
 */
package se.digiportal.beredning.api;
