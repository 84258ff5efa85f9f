package app.joystack;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering the code relies on, checked on every build. */
@AnalyzeClasses(packages = "app.joystack", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule domainIsPureJava = noClasses().that().resideInAPackage("app.joystack.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "java.awt..",
                    "app.joystack.store..", "app.joystack.ui..", "com.calendarfx..");

    @ArchTest
    static final ArchRule rulesStayOutOfTheWindow = noClasses()
            .that().resideInAnyPackage("app.joystack.variety..", "app.joystack.plan..", "app.joystack.reflection..",
                    "app.joystack.export..", "app.joystack.sample..", "app.joystack.backup..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "app.joystack.ui..");

    @ArchTest
    static final ArchRule onlyTheStoreTouchesSql = noClasses().that().resideOutsideOfPackage("app.joystack.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule onlyTheTrayTouchesAwt = noClasses().that().resideOutsideOfPackage("app.joystack.ui.tray..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..");

    @ArchTest
    static final ArchRule theStoreKnowsNoScreens = noClasses().that().resideInAPackage("app.joystack.store..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "app.joystack.ui..", "app.joystack.app..",
                    "app.joystack.backup..", "app.joystack.export..", "app.joystack.sample..");

    @ArchTest
    static final ArchRule backupsUseOnlyTheStoreAndDomain = noClasses().that().resideInAPackage("app.joystack.backup..")
            .should().dependOnClassesThat().resideInAnyPackage("app.joystack.ui..", "app.joystack.app..",
                    "app.joystack.export..", "app.joystack.sample..", "app.joystack.plan..", "app.joystack.reflection..");
}
