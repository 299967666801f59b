package se.digiportal.objects.application;

import java.io.Serializable;
import java.time.LocalDate;
import se.digiportal.objects.domain.Criticality;
import se.digiportal.objects.domain.Lifecycle;

/**
 * A specialist's correction of their system in an inventory round: the fields they found wrong (null keeps the
 * register's value) and a note on what changed.
 */
public class CorrectionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String supplier;
    private LocalDate contractEnd;
    private Lifecycle lifecycle;
    private Criticality criticality;
    private String note;

    public String getSupplier() { return supplier; }
    public void setSupplier(String supplier) { this.supplier = supplier; }
    public LocalDate getContractEnd() { return contractEnd; }
    public void setContractEnd(LocalDate contractEnd) { this.contractEnd = contractEnd; }
    public Lifecycle getLifecycle() { return lifecycle; }
    public void setLifecycle(Lifecycle lifecycle) { this.lifecycle = lifecycle; }
    public Criticality getCriticality() { return criticality; }
    public void setCriticality(Criticality criticality) { this.criticality = criticality; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
