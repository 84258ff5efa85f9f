package app.joystack.app;

/** The app's version, from the jar manifest; "development" when run from classes. */
public final class Version {
    private Version() {
    }

    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
