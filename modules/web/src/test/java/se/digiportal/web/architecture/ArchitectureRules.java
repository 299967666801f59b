package se.digiportal.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The rules of the house (ARCHITECTURE.md) as ArchUnit rules over a root package, so they can be proven on a
 * deliberately bad sample as well as held true on the real code.
 */
final class ArchitectureRules {

    static final List<String> BUSINESS_MODULES = List.of("intake", "beredning", "council", "portfolio", "objects");

    private ArchitectureRules() {
    }

    /** Rule 1: a business module uses the kernel and other modules' published api packages only. */
    static void modulesUseOnlyKernelAndPublishedApis(JavaClasses classes, String root) {
        for (String module : BUSINESS_MODULES) {
            ArchRule rule = noClasses().that().resideInAPackage(root + "." + module + "..")
                    .should().dependOnClassesThat(internalsOfOtherModules(root, module))
                    .as("module '" + module + "' depends only on the kernel and other modules' api packages")
                    .allowEmptyShould(true);
            rule.check(classes);
        }
    }

    /** The kernel knows nothing of the business modules or the web. */
    static void kernelDependsOnNoModule(JavaClasses classes, String root) {
        String[] forbidden = BUSINESS_MODULES.stream().map(m -> root + "." + m + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage(root + ".kernel..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .orShould().dependOnClassesThat().resideInAPackage(root + ".web..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** No cycles between modules. */
    static void modulesAreFreeOfCycles(JavaClasses classes, String root) {
        slices().matching(root + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
    }

    /** Rule 6: domain depends on neither application nor infrastructure; application not on infrastructure. */
    static void layersPointInward(JavaClasses classes, String root) {
        noClasses().that().resideInAPackage(root + ".*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".*.application..", root + ".*.infrastructure..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAPackage(root + ".*.application..")
                .should().dependOnClassesThat().resideInAPackage(root + ".*.infrastructure..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** Rule 5: the web edge talks to application services, never to infrastructure. */
    static void webNeverTouchesInfrastructure(JavaClasses classes, String root) {
        noClasses().that().resideInAPackage(root + ".web..")
                .should().dependOnClassesThat().resideInAPackage(root + ".*.infrastructure..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** Every REST resource method states who may call it. */
    static void resourceMethodsStateTheirRoles(JavaClasses classes) {
        methods().that().areAnnotatedWith(jakarta.ws.rs.GET.class)
                .or().areAnnotatedWith(jakarta.ws.rs.POST.class)
                .or().areAnnotatedWith(jakarta.ws.rs.PUT.class)
                .or().areAnnotatedWith(jakarta.ws.rs.DELETE.class)
                .or().areAnnotatedWith(jakarta.ws.rs.PATCH.class)
                .should().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                .orShould().beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                .orShould().beDeclaredInClassesThat().areAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                .allowEmptyShould(true)
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> internalsOfOtherModules(String root, String module) {
        return DescribedPredicate.describe("internals of another module", target -> {
            String pkg = target.getPackageName();
            for (String other : BUSINESS_MODULES) {
                String base = root + "." + other;
                if (!other.equals(module) && (pkg.equals(base) || pkg.startsWith(base + "."))
                        && !(pkg.equals(base + ".api") || pkg.startsWith(base + ".api."))) {
                    return true;
                }
            }
            String web = root + ".web";
            return pkg.equals(web) || pkg.startsWith(web + ".");
        });
    }
}
