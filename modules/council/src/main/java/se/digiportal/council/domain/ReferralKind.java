package se.digiportal.council.domain;

/** Why the case is with the council: for a decision, or for samråd on IT procurement held on a meeting. */
public enum ReferralKind {
    DECISION, CONSULTATION
}
