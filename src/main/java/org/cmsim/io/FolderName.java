package org.cmsim.io;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one way a name from a config (a language, a run) becomes a folder name: lower case, every run
 * of characters other than letters, digits, '.', '_' and '-' made one '-'. A name whose folder would
 * be hidden, '.', '..' or without a letter or digit has no folder: such a name could write outside
 * the output (a language called '..') or over another language's files; nor has one longer than
 * {@link #MAX_BYTES}, which the file system would refuse half-way through a run.
 */
public final class FolderName {

    /** The longest folder name: file systems allow 255 bytes, and a run adds files and suffixes inside and beside it. */
    public static final int MAX_BYTES = 100;

    /** What a name needs, for error messages. */
    public static final String RULE = "a folder name needs a letter or digit, must not start with '.' and may be at"
            + " most " + MAX_BYTES + " bytes long";

    private static final Pattern OTHER = Pattern.compile("[^\\p{L}\\p{N}._-]+");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    private FolderName() {
    }

    /** The folder for {@code name}, or empty when it cannot safely be one. */
    public static Optional<String> of(String name) {
        String folder = OTHER.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-");
        if (folder.startsWith(".") || !LETTER_OR_DIGIT.matcher(folder).find()
                || folder.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.empty();
        }
        return Optional.of(folder);
    }

    /** The folder for a name already checked by {@link #of}. */
    public static String require(String name) {
        return of(name).orElseThrow(() -> new IllegalArgumentException("'" + name + "' cannot be a folder: " + RULE));
    }
}
