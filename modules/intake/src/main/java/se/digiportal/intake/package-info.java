/**
 * Intake, the e-tjänst: an employee describes a digitaliseringsinitiativ for their verksamhet, in one
 * tjänsteområde, and sends it to the beredningsgrupp. The module owns the initiative from its first draft until
 * it is submitted with a diarienummer (or withdrawn), and gives the submitter and the förvaltning's contact person
 * an overview of their own cases. It also keeps what passes between them and the beredningsgrupp about a case:
 * completion requests, answered with a new version of the text, and the message thread.
 */
package se.digiportal.intake;
