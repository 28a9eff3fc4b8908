package org.conflictledger.ceasefire;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** Keeps the cease-fire feature's boundaries: its internals stay inside, it reaches into no other feature. */
class CeasefireArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.conflictledger");

    @Test
    void dependsOnNoOtherFeatureThanPartiesAndSources() {
        noClasses().that().resideInAPackage("org.conflictledger.ceasefire..")
                .should().dependOnClassesThat().resideInAnyPackage("org.conflictledger.strike..",
                        "org.conflictledger.negotiation..", "org.conflictledger.stats..", "org.conflictledger.ingest..")
                .check(CLASSES);
    }

    @Test
    void usesOnlyThePublicApiOfPartiesAndSources() {
        noClasses().that().resideInAPackage("org.conflictledger.ceasefire..")
                .should().dependOnClassesThat().resideInAnyPackage("org.conflictledger.party.web..",
                        "org.conflictledger.source.web..")
                .check(CLASSES);
    }

    @Test
    void keepsEntitiesAndRepositoriesPackagePrivate() {
        classes().that().resideInAPackage("org.conflictledger.ceasefire..").and().areAnnotatedWith(Entity.class)
                .should().notHaveModifier(JavaModifier.PUBLIC).check(CLASSES);
        classes().that().resideInAPackage("org.conflictledger.ceasefire..").and().areAssignableTo(Repository.class)
                .should().notHaveModifier(JavaModifier.PUBLIC).check(CLASSES);
    }

    @Test
    void keepsControllersOutOfTheServiceLayer() {
        noClasses().that().resideInAPackage("org.conflictledger.ceasefire")
                .should().dependOnClassesThat().resideInAPackage("org.conflictledger.ceasefire.web..")
                .check(CLASSES);
    }
}
