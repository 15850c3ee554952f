package org.cmsim.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.cmsim.model.ChoiceFrame;
import org.cmsim.report.chart.TextStyle;

/**
 * Helps the launcher's class-data sharing archive (JEP 350) serve every command. The launcher records
 * the archive on the first run of a new jar, with {@value #PROPERTY}=true: the JVM then archives the
 * classes loaded by the time it exits, and this loads (without initialising) the classes of cmsim, picocli
 * and Jackson, so that a later {@code learn} benefits as much as the {@code --version} that made the archive.
 * The libraries a fit uses load most of their classes only as they run (Tablesaw's group-bys pull in fastutil,
 * Guava and RoaringBitmap; a figure's text measures pull in the font classes), so it also runs a group-by on an
 * empty choice frame and measures one text. It must never change what the command did: any failure here is
 * ignored.
 */
final class ClassArchive {

    static final String PROPERTY = "cmsim.archive.load-all";

    /** Packages whose classes the archive holds; the rest of the jar is loaded when a command needs it. */
    private static final List<String> PREFIXES = List.of("org/cmsim/", "picocli/", "com/fasterxml/jackson/");

    private ClassArchive() {
    }

    /** Loads the classes when the launcher is recording the archive; otherwise does nothing. */
    static void loadAllIfRecording() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        try {
            Path jar = Path.of(ClassArchive.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!jar.toString().endsWith(".jar")) {
                return;
            }
            ClassLoader loader = ClassArchive.class.getClassLoader();
            try (JarFile file = new JarFile(jar.toFile())) {
                Enumeration<JarEntry> entries = file.entries();
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if (name.endsWith(".class") && !name.contains("-") && PREFIXES.stream().anyMatch(name::startsWith)) {
                        load(name.substring(0, name.length() - ".class".length()).replace('/', '.'), loader);
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // No archive help, same command result.
        }
        try {
            ChoiceFrame empty = ChoiceFrame.of(List.of());
            empty.conditions();
            empty.conditionsBySubject();
            empty.groups();
            TextStyle.plain(10).width("cmsim");
        } catch (RuntimeException | LinkageError e) {
            // As above: the archive is only smaller.
        }
    }

    private static void load(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            // A class that needs an optional dependency the jar does not have: leave it out.
        }
    }
}
