package org.casebook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layers honest: model at the bottom, the command line (and later the UI) at the top, SQL in store. */
@AnalyzeClasses(packages = "org.casebook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Model").definedBy("org.casebook.model..")
            .layer("Store").definedBy("org.casebook.store..")
            .layer("Extract").definedBy("org.casebook.extract..")
            .layer("Resolve").definedBy("org.casebook.resolve..")
            .layer("Search").definedBy("org.casebook.search..")
            .layer("Ingest").definedBy("org.casebook.ingest..")
            .layer("Network").definedBy("org.casebook.network..")
            .layer("Export").definedBy("org.casebook.export..")
            .layer("Cli").definedBy("org.casebook.cli..")
            .layer("Ui").definedBy("org.casebook.ui..")
            .layer("Entry").definedBy("org.casebook")
            .whereLayer("Entry").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Entry")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Entry")
            .whereLayer("Ingest").mayOnlyBeAccessedByLayers("Cli", "Ui")
            .whereLayer("Resolve").mayOnlyBeAccessedByLayers("Ingest", "Search", "Cli", "Ui")
            .whereLayer("Search").mayOnlyBeAccessedByLayers("Cli", "Ui")
            .whereLayer("Network").mayOnlyBeAccessedByLayers("Cli", "Ui")
            .whereLayer("Export").mayOnlyBeAccessedByLayers("Cli", "Ui")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Ingest", "Resolve", "Search", "Network", "Cli", "Ui")
            .whereLayer("Extract").mayOnlyBeAccessedByLayers("Ingest", "Resolve", "Cli", "Ui");

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that().resideInAPackage("org.casebook.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.casebook.store..", "org.casebook.ingest..",
                    "org.casebook.extract..", "org.casebook.resolve..", "org.casebook.cli..");

    /** The exports write what they are given: they read no workspace. */
    @ArchTest
    static final ArchRule exportsReadNoWorkspace = noClasses().that().resideInAPackage("org.casebook.export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.casebook.store..", "org.casebook.ingest..");

    @ArchTest
    static final ArchRule jdbcOnlyInStore = noClasses().that().resideOutsideOfPackage("org.casebook.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule noJavaFxInLogic = noClasses().that().resideInAnyPackage("org.casebook.model..",
                    "org.casebook.store..", "org.casebook.extract..", "org.casebook.ingest..", "org.casebook.resolve..",
                    "org.casebook.search..", "org.casebook.network..", "org.casebook.export..", "org.casebook.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..",
                    "org.kordamp..");

    /** View models hold the window's logic and state; controls, panes and stylesheets belong to the views. */
    @ArchTest
    static final ArchRule viewModelsHoldNoControls = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..", "atlantafx..");
}
