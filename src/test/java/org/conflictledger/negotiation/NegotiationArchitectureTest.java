package org.conflictledger.negotiation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

/** Keeps the negotiation feature's boundaries: what it may use of others, and what it shows of itself. */
class NegotiationArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.conflictledger");

    @Test
    void dependsOnOtherFeaturesOnlyThroughTheirPublicServices() {
        // the cease-fire is referenced by its table only: its code is written in parallel
        noClasses().that().resideInAPackage("org.conflictledger.negotiation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.conflictledger.ceasefire..",
                        "org.conflictledger.strike..", "org.conflictledger.ingest..", "org.conflictledger.stats..",
                        "org.conflictledger.party.web..", "org.conflictledger.source.web..")
                .check(CLASSES);
    }

    @Test
    void keepsEntitiesAndRepositoriesPackagePrivate() {
        classes().that().resideInAPackage("org.conflictledger.negotiation..")
                .and().areAnnotatedWith(Entity.class).should().notBePublic().check(CLASSES);
        classes().that().resideInAPackage("org.conflictledger.negotiation..")
                .and().areAssignableTo(Repository.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void keepsControllersThinAndInTheWebPackage() {
        classes().that().resideInAPackage("org.conflictledger.negotiation..")
                .and().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("org.conflictledger.negotiation.web")
                .andShould().notBePublic()
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.conflictledger.negotiation.web")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..")
                .check(CLASSES);
    }

    @Test
    void letsNoOtherFeatureReachIntoNegotiationInternals() {
        noClasses().that().resideOutsideOfPackage("org.conflictledger.negotiation..")
                .should().dependOnClassesThat().resideInAPackage("org.conflictledger.negotiation.web..")
                .check(CLASSES);
    }
}
