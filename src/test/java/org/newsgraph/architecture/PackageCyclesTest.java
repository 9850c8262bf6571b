package org.newsgraph.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Packages depend on each other in one direction only. Every package is its own slice, sub-packages included
 * ({@code graphql.plan} apart from {@code graphql}, each extraction stage apart from the façade), so a stage that
 * reached back into the pipeline or a ground package that reached up into a capability would fail here.
 */
class PackageCyclesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.newsgraph");

    @Test
    void noPackageUnderNewsgraphReachesItselfThroughOthers() {
        slices().matching("org.newsgraph.(**)").namingSlices("$1").should().beFreeOfCycles().check(MAIN);
    }
}
