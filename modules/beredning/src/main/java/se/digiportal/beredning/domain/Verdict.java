package se.digiportal.beredning.domain;

/** A quality-assurance checklist item's outcome for one case. */
public enum Verdict {
    OK, NOT_OK, NOT_APPLICABLE
}
