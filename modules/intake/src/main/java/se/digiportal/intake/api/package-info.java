/**
 * What other modules may use of intake: its published events and identifiers. Nothing outside intake reaches
 * past this package; other modules refer to an initiative by its case number.
 */
package se.digiportal.intake.api;
