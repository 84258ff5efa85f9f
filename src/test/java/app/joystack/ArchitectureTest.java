package app.joystack;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering docs/architecture.md describes, checked on every build: the packages table's "may use" column, no
 * cycles, and where each library may be used.
 */
@AnalyzeClasses(packages = "app.joystack", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** One layer per row of the table; each row's "may use" column is its mayOnlyAccessLayers. */
    @ArchTest
    static final ArchRule packagesUseOnlyWhatTheirRowAllows = layeredArchitecture()
            // Libraries are not layers; the rules below say where each may be used.
            .consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("language").definedBy("app.joystack.language..")
            .layer("domain").definedBy("app.joystack.domain..")
            .layer("variety").definedBy("app.joystack.variety..")
            .layer("prompts").definedBy("app.joystack.prompts..")
            .layer("reflection").definedBy("app.joystack.reflection..")
            .layer("export").definedBy("app.joystack.export..")
            .layer("store").definedBy("app.joystack.store..")
            .layer("backup").definedBy("app.joystack.backup..")
            .layer("sample").definedBy("app.joystack.sample..")
            .layer("plan").definedBy("app.joystack.plan..")
            .layer("calendar").definedBy("app.joystack.calendar..")
            .layer("desktop").definedBy("app.joystack.desktop..")
            .layer("sound").definedBy("app.joystack.ui.sound..")
            .layer("ui").definedBy(JavaClass.Predicates.resideInAPackage("app.joystack.ui..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("app.joystack.ui.sound.."))))
            .layer("app").definedBy("app.joystack.app..")
            .whereLayer("language").mayNotAccessAnyLayer()
            .whereLayer("domain").mayOnlyAccessLayers("language")
            .whereLayer("variety").mayOnlyAccessLayers("language", "domain")
            .whereLayer("prompts").mayOnlyAccessLayers("language", "domain")
            .whereLayer("reflection").mayOnlyAccessLayers("language", "domain", "store")
            .whereLayer("export").mayOnlyAccessLayers("language", "domain", "reflection", "store")
            .whereLayer("store").mayOnlyAccessLayers("language", "domain")
            .whereLayer("backup").mayOnlyAccessLayers("language", "domain", "store")
            .whereLayer("sample").mayOnlyAccessLayers("language", "domain", "reflection", "store")
            .whereLayer("plan").mayOnlyAccessLayers("language", "domain", "store")
            .whereLayer("calendar").mayOnlyAccessLayers("language", "domain", "prompts", "plan", "store", "export")
            .whereLayer("desktop").mayOnlyAccessLayers("language")
            .whereLayer("sound").mayOnlyAccessLayers("language", "domain")
            .whereLayer("ui").mayOnlyAccessLayers("language", "domain", "variety", "prompts", "reflection", "export", "store",
                    "backup", "sample", "plan", "calendar", "sound", "desktop")
            // app, the last row, may use every package, so it needs no line.
            .because("each package uses only what its row in docs/architecture.md names: the rules never reach up "
                    + "into the window, a screen is handed what it needs from app, and a package with no row has not "
                    + "been given its place yet");

    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().matching("app.joystack.(*)..").should().beFreeOfCycles()
            .because("a cycle would make two packages one, and none could be understood or tested without the other");

    @ArchTest
    static final ArchRule screensFormNoCycle = slices().matching("app.joystack.ui.(*)..").should().beFreeOfCycles()
            .because("a cycle among the ui packages would tie pages together, and none could be built or tested "
                    + "alone");

    @ArchTest
    static final ArchRule sharingStandsOnTheShell = noClasses().that().resideInAPackage("app.joystack.ui.share..")
            .should().dependOnClassesThat().resideInAnyPackage("app.joystack.ui.plan..", "app.joystack.ui.library..",
                    "app.joystack.ui.journal..", "app.joystack.ui.reflection..", "app.joystack.ui.settings..",
                    "app.joystack.ui.prompt..", "app.joystack.ui.tray..", "app.joystack.ui.about..")
            .because("the share dialog and the people list are opened from the journal, the planner, the library and "
                    + "the connection prompt; resting on ui.shell (and ui.sound's DesktopOpener) alone, they can be used "
                    + "from any page without a cycle");

    @ArchTest
    static final ArchRule sharingOpensNoConnection = noClasses().that().resideInAPackage("app.joystack.ui.share..")
            .should().dependOnClassesThat(DescribedPredicate.describe("reach the network or the desktop through AWT",
                    (JavaClass c) -> c.getPackageName().startsWith("java.net") && !c.isEquivalentTo(java.net.URL.class)
                            || c.getPackageName().startsWith("javax.net") || c.getPackageName().startsWith("java.awt")))
            .orShould().callMethodWhere(DescribedPredicate.describe("open a URL", (JavaMethodCall call) ->
                    call.getTarget().getOwner().isEquivalentTo(java.net.URL.class)
                            && call.getTarget().getName().startsWith("open")))
            .because("JoyStack sends nothing: a mailto: address is handed to the desktop through the context's "
                    + "DesktopOpener (JavaFX HostServices in the app), and a copied message goes to the clipboard");

    @ArchTest
    static final ArchRule theRulesUseNoLibrary = classes()
            .that().resideInAnyPackage("app.joystack.domain..", "app.joystack.variety..", "app.joystack.prompts..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "app.joystack..")
            .because("the domain, the suggestion ranking and the prompt rules are plain Java: no JavaFX, no JSON "
                    + "library, nothing that needs a window or a file to test them");

    @ArchTest
    static final ArchRule onlyTheWindowUsesJavaFx = noClasses()
            .that().resideOutsideOfPackages("app.joystack.ui..", "app.joystack.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.calendarfx..", "impl.com.calendarfx..",
                    "atlantafx..", "org.kordamp.ikonli..")
            .because("JavaFX and the libraries built on it belong to the window; the commands and the rules run "
                    + "without it");

    @ArchTest
    static final ArchRule onlyTheExportAndThePromptsExercisesUseJackson = noClasses()
            .that().resideOutsideOfPackages("app.joystack.export..", "app.joystack.ui.prompt..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("JSON is written in two places only: the weekly export, and the person's own grounding "
                    + "exercises kept in one setting");

    @ArchTest
    static final ArchRule presentationModelsHoldNoNodes = noClasses()
            .that().resideInAPackage("app.joystack.ui..")
            .and(DescribedPredicate.describe("are a screen's model or form",
                    (JavaClass c) -> c.getSimpleName().endsWith("Model") || c.getSimpleName().endsWith("Form")))
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                    "javafx.application..", "com.calendarfx..", "atlantafx..", "org.kordamp..")
            .because("a screen's model is its state and commands without a node, tested in plain JUnit with no "
                    + "toolkit started; results come back through UiContext.results, never Platform.runLater");

    @ArchTest
    static final ArchRule onlyTheSoundPackagePlaysMedia = noClasses()
            .that().resideOutsideOfPackages("app.joystack.ui.sound..", "app.joystack.app..")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene.media..")
            .because("one small player plays every sound, so the screens and their models see only its interface");

    @ArchTest
    static final ArchRule onlyTheStoreTouchesSql = noClasses().that().resideOutsideOfPackage("app.joystack.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("the store owns the database file: its transactions, its thread and its checks");

    @ArchTest
    static final ArchRule onlyTheDesktopPackageTalksDBus = noClasses()
            .that().resideOutsideOfPackage("app.joystack.desktop..")
            .should().dependOnClassesThat().resideInAPackage("org.freedesktop.dbus..")
            .because("D-Bus has its own threads, connections and timeouts; one package keeps them behind small "
                    + "interfaces that answer on a background thread, and the window hops to its own");

    @ArchTest
    static final ArchRule onlyTheTrayTouchesAwt = noClasses().that().resideOutsideOfPackage("app.joystack.ui.tray..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
            .because("AWT runs its own event thread; the tray is the one place that hops between it and JavaFX's");
}
