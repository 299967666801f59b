package se.digiportal.council.domain;

/** A member's answer in a samråd: agree (tillstyrker), object (invänder, with why) or comment (with the comment). */
public enum ConsultationAnswer {
    AGREE, OBJECT, COMMENT;

    /** An objection or a comment says something; agreeing needs no words. */
    public boolean needsText() {
        return this != AGREE;
    }
}
