package se.digiportal.it.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.digiportal.it.support.PortalDeployment;
import se.digiportal.kernel.api.CaseNumber;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.application.OrgUnitForm;
import se.digiportal.kernel.application.OrganisationService;
import se.digiportal.kernel.application.Views.AuditEntryView;
import se.digiportal.kernel.application.Views.OrgUnitView;
import se.digiportal.kernel.domain.AuditEntryRepository.AuditQuery;
import se.digiportal.kernel.domain.FieldChange;
import se.digiportal.kernel.domain.OrgUnitKind;

/** The kernel inside the real server on the real MariaDB: persistence, audit trail, case numbers, security. */
@ExtendWith(ArquillianExtension.class)
class KernelIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear(KernelIT.class, AsAdmin.class, InNewTransaction.class);
    }

    @Inject
    OrganisationService organisation;

    @Inject
    AuditTrail audit;

    @Inject
    AsAdmin asAdmin;

    @Inject
    InNewTransaction tx;

    @Resource
    ManagedExecutorService executor;

    @Test
    void anOrgUnitIsStoredReadBackAndAudited() throws Exception {
        String code = "IT-" + System.nanoTime() % 1_000_000;
        OrgUnitForm form = new OrgUnitForm();
        form.setCode(code);
        form.setName("Testförvaltningen för åäö");
        form.setKind(OrgUnitKind.FORVALTNING);

        OrgUnitView created = asAdmin.call(() -> organisation.createOrgUnit(form));

        OrgUnitView read = organisation.orgUnit(created.id());
        assertThat(read.code()).isEqualTo(code);
        assertThat(read.name()).isEqualTo("Testförvaltningen för åäö");

        form.setName("Omdöpt förvaltning");
        asAdmin.call(() -> organisation.updateOrgUnit(created.id(), form));

        List<AuditEntryView> trail = asAdmin.call(() ->
                audit.search(new AuditQuery("OrgUnit", String.valueOf(created.id()), null), 0, 10).items());
        assertThat(trail).extracting(AuditEntryView::action).containsExactly("ORG_UNIT_UPDATED", "ORG_UNIT_CREATED");
        assertThat(trail.get(0).changes())
                .containsExactly(new FieldChange("name", "Testförvaltningen för åäö", "Omdöpt förvaltning"));
        assertThat(trail.get(0).occurredAt()).isNotNull();
    }

    @Test
    void invalidInputIsRefusedAndNothingIsStored() throws Exception {
        int before = organisation.orgUnits().size();
        OrgUnitForm form = new OrgUnitForm();
        form.setCode("IT-ORPHAN");
        form.setName("Verksamhet utan förvaltning");
        form.setKind(OrgUnitKind.VERKSAMHET);

        assertThatThrownBy(() -> asAdmin.call(() -> organisation.createOrgUnit(form)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("parentId"));
        assertThat(organisation.orgUnits()).hasSize(before);
    }

    @Test
    void administrationNeedsTheAdminRole() {
        assertThatThrownBy(() -> organisation.createOrgUnit(new OrgUnitForm()))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theAuditTrailRefusesUpdateAndDelete() {
        assertThatThrownBy(() -> tx.execute("UPDATE kernel_audit_entry SET actor = 'mallory'"))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> tx.execute("DELETE FROM kernel_audit_entry"))
                .hasStackTraceContaining("append-only");
    }

    @Test
    void fiftyConcurrentAllocationsGetDistinctGaplessNumbers() throws Exception {
        List<Callable<CaseNumber>> work = new ArrayList<>();
        IntStream.range(0, 50).forEach(i -> work.add(tx::allocateCaseNumber));

        List<CaseNumber> numbers = new ArrayList<>();
        for (Future<CaseNumber> f : executor.invokeAll(work)) {
            numbers.add(f.get());
        }

        List<Integer> sequences = numbers.stream().map(CaseNumber::sequence).sorted().toList();
        assertThat(sequences).doesNotHaveDuplicates().hasSize(50);
        assertThat(sequences.get(49) - sequences.get(0)).isEqualTo(49);
    }

    @Test
    void aRolledBackAllocationGivesItsNumberBack() {
        CaseNumber first = tx.allocateCaseNumber();
        assertThatThrownBy(tx::allocateCaseNumberAndRollBack).isNotNull();
        CaseNumber next = tx.allocateCaseNumber();
        assertThat(next.sequence()).isEqualTo(first.sequence() + 1);
    }
}
