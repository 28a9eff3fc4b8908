package org.conflictledger.stats;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Statistics and reports sit on top of the features they read: stats may use strike and cease-fire
 * classes, nothing uses stats; the timeline reads the tables of three features and depends on none.
 */
class AnalyticsArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.conflictledger");

    @Test
    void nothingDependsOnStatisticsOrTheTimeline() {
        noClasses().that().resideOutsideOfPackages("org.conflictledger.stats..")
                .should().dependOnClassesThat().resideInAPackage("org.conflictledger.stats..").check(CLASSES);
        noClasses().that().resideOutsideOfPackages("org.conflictledger.timeline..")
                .should().dependOnClassesThat().resideInAPackage("org.conflictledger.timeline..").check(CLASSES);
    }

    @Test
    void statisticsUseOnlyThePublicApiOfStrikesAndCeasefires() {
        noClasses().that().resideInAPackage("org.conflictledger.stats..")
                .should().dependOnClassesThat().resideInAnyPackage("org.conflictledger.strike.web..",
                        "org.conflictledger.ceasefire.web..", "org.conflictledger.negotiation..")
                .check(CLASSES);
    }

    @Test
    void theTimelineReadsTablesNotOtherFeatures() {
        noClasses().that().resideInAPackage("org.conflictledger.timeline..")
                .should().dependOnClassesThat().resideInAnyPackage("org.conflictledger.strike..",
                        "org.conflictledger.ceasefire..", "org.conflictledger.negotiation..", "org.conflictledger.stats..")
                .check(CLASSES);
    }
}
