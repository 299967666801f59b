package se.digiportal.web.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Holds ARCHITECTURE.md's rules true on the whole code base, and proves the rules bite on a bad sample. */
class ArchitectureTest {

    private static final String ROOT = "se.digiportal";
    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void modulesUseOnlyTheKernelAndPublishedApis() {
        ArchitectureRules.modulesUseOnlyKernelAndPublishedApis(PORTAL, ROOT);
    }

    @Test
    void kernelDependsOnNoModule() {
        ArchitectureRules.kernelDependsOnNoModule(PORTAL, ROOT);
    }

    @Test
    void modulesAreFreeOfCycles() {
        ArchitectureRules.modulesAreFreeOfCycles(PORTAL, ROOT);
    }

    @Test
    void layersPointInward() {
        ArchitectureRules.layersPointInward(PORTAL, ROOT);
    }

    @Test
    void webNeverTouchesInfrastructure() {
        ArchitectureRules.webNeverTouchesInfrastructure(PORTAL, ROOT);
    }

    @Test
    void everyResourceMethodStatesItsRoles() {
        ArchitectureRules.resourceMethodsStateTheirRoles(PORTAL);
    }

    @Test
    void theModuleRuleRejectsAnImportOfAnotherModulesInternals() {
        String root = "se.digiportal.web.archfixture.bad";
        JavaClasses bad = new ClassFileImporter().importPackages(root);
        assertThatThrownBy(() -> ArchitectureRules.modulesUseOnlyKernelAndPublishedApis(bad, root))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("intake.domain.LeakyInitiative")
                .hasMessageContaining("portfolio.infrastructure.PortfolioTable");
    }

    @Test
    void theModuleRuleAcceptsTheKernelAndPublishedApis() {
        String root = "se.digiportal.web.archfixture.good";
        JavaClasses good = new ClassFileImporter().importPackages(root);
        assertThatCode(() -> ArchitectureRules.modulesUseOnlyKernelAndPublishedApis(good, root)).doesNotThrowAnyException();
    }
}
