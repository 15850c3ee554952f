package org.cmsim.cli;

/**
 * The jar's entry point. {@code cmsim --version} is answered here, from classes of the JDK alone: {@link Main}
 * carries picocli's annotations and exception types, and loading it loads part of picocli, whose classes
 * (compiled for Java 5) class-data sharing cannot keep, so they are read from the jar and verified on every
 * start. Everything else, and the launcher's recording run of the class-data archive, goes to {@link Main}.
 */
public final class Start {

    private Start() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))
                && !Boolean.getBoolean(ClassArchive.PROPERTY)) {
            StringBuilder text = new StringBuilder();
            for (String line : versionLines()) {
                text.append(line).append(System.lineSeparator());
            }
            System.out.print(text);
            System.out.flush();
            return;
        }
        Main.main(args);
    }

    /** What {@code --version} prints: cmsim's version (from the jar's manifest) and Java's. */
    static String[] versionLines() {
        String version = Start.class.getPackage().getImplementationVersion();
        return new String[] {"cmsim " + (version == null ? "development" : version),
            "Java " + System.getProperty("java.version")};
    }
}
