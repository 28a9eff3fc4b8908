package org.conflictledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

/** Keeps the feature packages honest: each one is reached only through its public service and records. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.conflictledger");

    @Test
    void entitiesStayInsideTheirFeature() {
        classes().that().areAnnotatedWith(Entity.class).should().notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
    }

    @Test
    void repositoriesStayInsideTheirFeature() {
        classes().that().areAssignableTo(Repository.class).should().notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
    }

    @Test
    void nobodyCallsAnotherFeaturesControllers() {
        noClasses().that().resideOutsideOfPackage("org.conflictledger..web..").should().dependOnClassesThat()
                .resideInAPackage("org.conflictledger..web..").check(CLASSES);
    }

    @Test
    void controllersLiveInWebPackagesAndTalkToServicesOnly() {
        classes().that().areAnnotatedWith(RestController.class).should().resideInAPackage("..web..")
                .andShould().notBePublic().check(CLASSES);
        noClasses().that().resideInAPackage("..web..").should().dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient").check(CLASSES);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("org.conflictledger.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void sharedCodeDoesNotReachIntoFeatures() {
        noClasses().that().resideInAPackage("org.conflictledger.common..").should().dependOnClassesThat()
                .resideInAnyPackage("org.conflictledger.strike..", "org.conflictledger.ceasefire..",
                        "org.conflictledger.negotiation..", "org.conflictledger.party..",
                        "org.conflictledger.source..", "org.conflictledger.security..")
                .check(CLASSES);
    }

    @Test
    void historyAndRequestIntegrityKnowNoFeature() {
        noClasses().that().resideInAnyPackage("org.conflictledger.history..", "org.conflictledger.integrity..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.conflictledger.strike..", "org.conflictledger.ceasefire..",
                        "org.conflictledger.negotiation..", "org.conflictledger.party..",
                        "org.conflictledger.source..")
                .check(CLASSES);
    }
}
