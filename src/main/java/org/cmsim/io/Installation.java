package org.cmsim.io;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where cmsim is installed: the checkout whose {@code target/cmsim.jar} (or {@code target/classes})
 * runs. Shipped files ({@code configs/}, and the corpora they name relative to themselves) are
 * found there when the working directory is elsewhere.
 */
public final class Installation {

    private Installation() {
    }

    /**
     * {@code path} itself when it exists or is absolute; otherwise the same relative path under the
     * installation, when a shipped file is there ({@code cmsim run} from another directory).
     */
    public static Path shipped(Path path) {
        if (path.isAbsolute() || Files.exists(path)) {
            return path;
        }
        return home().map(home -> home.resolve(path)).filter(Files::exists).orElse(path);
    }

    /** The installation's root directory, when the running code comes from one. */
    public static Optional<Path> home() {
        try {
            Path code = Path.of(Installation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/cmsim.jar or target/classes: the root is two levels up.
            Path target = code.getParent();
            Path root = target == null ? null : target.getParent();
            return root != null && Files.isDirectory(root.resolve("configs")) ? Optional.of(root) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
