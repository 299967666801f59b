package se.digiportal.intake.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The submission template as the form and the API send it, with the API contract's field names. Codes and
 * dates are text here so that a wrong one is answered with a named field error, not a parse failure.
 */
public class InitiativeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String need;
    private String proposedSolution;
    private String expectedBenefits;
    private List<String> beneficiaries = new ArrayList<>();
    private String serviceArea;
    private String orgUnit;
    private Contact contact = new Contact();
    private String responsibleDirector;
    private List<String> affectedOrgUnits = new ArrayList<>();
    private Integer estimatedTotalHours;
    private Map<String, Integer> sharedResourceHours = new LinkedHashMap<>();
    private Boolean financingClear;
    private String financingSource;
    private Boolean newItSupport;
    private Boolean newIntegrations;
    private String integrationsWith;
    private Boolean externalProcessing;
    private String externalParty;
    private Boolean pilot;
    private String desiredStart;

    /** The contact person; defaults to the submitter. */
    public static class Contact implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String email;
        private String phone;

        public Contact() {
        }

        public Contact(String name, String email, String phone) {
            this.name = name;
            this.email = email;
            this.phone = phone;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getNeed() { return need; }
    public void setNeed(String need) { this.need = need; }
    public String getProposedSolution() { return proposedSolution; }
    public void setProposedSolution(String proposedSolution) { this.proposedSolution = proposedSolution; }
    public String getExpectedBenefits() { return expectedBenefits; }
    public void setExpectedBenefits(String expectedBenefits) { this.expectedBenefits = expectedBenefits; }
    public List<String> getBeneficiaries() { return beneficiaries; }
    public void setBeneficiaries(List<String> beneficiaries) {
        this.beneficiaries = beneficiaries == null ? new ArrayList<>() : new ArrayList<>(beneficiaries);
    }
    public String getServiceArea() { return serviceArea; }
    public void setServiceArea(String serviceArea) { this.serviceArea = serviceArea; }
    public String getOrgUnit() { return orgUnit; }
    public void setOrgUnit(String orgUnit) { this.orgUnit = orgUnit; }
    public Contact getContact() { return contact; }
    public void setContact(Contact contact) { this.contact = contact == null ? new Contact() : contact; }
    public String getResponsibleDirector() { return responsibleDirector; }
    public void setResponsibleDirector(String responsibleDirector) { this.responsibleDirector = responsibleDirector; }
    public List<String> getAffectedOrgUnits() { return affectedOrgUnits; }
    public void setAffectedOrgUnits(List<String> affectedOrgUnits) {
        this.affectedOrgUnits = affectedOrgUnits == null ? new ArrayList<>() : new ArrayList<>(affectedOrgUnits);
    }
    public Integer getEstimatedTotalHours() { return estimatedTotalHours; }
    public void setEstimatedTotalHours(Integer estimatedTotalHours) { this.estimatedTotalHours = estimatedTotalHours; }
    public Map<String, Integer> getSharedResourceHours() { return sharedResourceHours; }
    public void setSharedResourceHours(Map<String, Integer> sharedResourceHours) {
        this.sharedResourceHours = sharedResourceHours == null
                ? new LinkedHashMap<>() : new LinkedHashMap<>(sharedResourceHours);
    }
    public Boolean getFinancingClear() { return financingClear; }
    public void setFinancingClear(Boolean financingClear) { this.financingClear = financingClear; }
    public String getFinancingSource() { return financingSource; }
    public void setFinancingSource(String financingSource) { this.financingSource = financingSource; }
    public Boolean getNewItSupport() { return newItSupport; }
    public void setNewItSupport(Boolean newItSupport) { this.newItSupport = newItSupport; }
    public Boolean getNewIntegrations() { return newIntegrations; }
    public void setNewIntegrations(Boolean newIntegrations) { this.newIntegrations = newIntegrations; }
    public String getIntegrationsWith() { return integrationsWith; }
    public void setIntegrationsWith(String integrationsWith) { this.integrationsWith = integrationsWith; }
    public Boolean getExternalProcessing() { return externalProcessing; }
    public void setExternalProcessing(Boolean externalProcessing) { this.externalProcessing = externalProcessing; }
    public String getExternalParty() { return externalParty; }
    public void setExternalParty(String externalParty) { this.externalParty = externalParty; }
    public Boolean getPilot() { return pilot; }
    public void setPilot(Boolean pilot) { this.pilot = pilot; }
    public String getDesiredStart() { return desiredStart; }
    public void setDesiredStart(String desiredStart) { this.desiredStart = desiredStart; }
}
