package org.cmsim.io;

import java.nio.file.Path;

/**
 * Bad input data: a file that cmsim cannot read as what it should be. The message starts with the
 * location, {@code file:line: }, so the user can jump to it; the CLI maps this to exit code 65.
 */
public final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    private InputException(String location, String detail) {
        super(location + ": " + detail);
    }

    /** A problem at a line of a file (lines count from 1, as editors show them). */
    public static InputException at(Path file, long line, String format, Object... args) {
        return new InputException(file + ":" + line, String.format(format, args));
    }

    /** A problem at a line and column of a file (both counted from 1). */
    public static InputException atColumn(Path file, long line, long column, String format, Object... args) {
        return new InputException(file + ":" + line + ":" + column, String.format(format, args));
    }

    /**
     * A cell that should hold a number and holds {@code text}, in the one wording every reader uses:
     * {@code file:line: column NAME: not a number, "text"}.
     */
    public static InputException notANumber(Path file, long line, String column, String text) {
        return at(file, line, "column %s: not a number, \"%s\"", column, text);
    }

    /** A problem in input that is not a file, named by {@code location} (e.g. a word of a sentence argument). */
    public static InputException about(String location, String format, Object... args) {
        return new InputException(location, String.format(format, args));
    }

    /**
     * A problem in input that is not a file, its detail written out (no format: the playground's Java,
     * compiled to JavaScript, then needs no formatter, which would double its size).
     */
    public static InputException written(String location, String detail) {
        return new InputException(location, detail);
    }

    /** A problem with a whole file (it does not exist, it is empty, ...). */
    public static InputException in(Path file, String format, Object... args) {
        return new InputException(file.toString(), String.format(format, args));
    }
}
