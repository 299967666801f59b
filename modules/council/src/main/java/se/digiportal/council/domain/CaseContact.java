package se.digiportal.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Who is told about the council's decision on a case: its submitter and contact person, as intake published them
 * when the case was submitted (and completed).
 */
@Entity
@Table(name = "council_case_contact")
public class CaseContact {

    @Id
    @Column(name = "case_number", length = 20)
    private String caseNumber;

    @Column(name = "submitted_by", length = 100)
    private String submittedBy;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    protected CaseContact() {
    }

    public CaseContact(String caseNumber, String submittedBy, String contactEmail) {
        this.caseNumber = caseNumber;
        update(submittedBy, contactEmail);
    }

    public void update(String submittedBy, String contactEmail) {
        this.submittedBy = submittedBy;
        this.contactEmail = contactEmail == null || contactEmail.length() > 254 ? null : contactEmail;
    }

    public String caseNumber() { return caseNumber; }
    public String submittedBy() { return submittedBy; }
    public String contactEmail() { return contactEmail; }
}
