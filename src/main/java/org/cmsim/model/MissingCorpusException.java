package org.cmsim.model;

/**
 * A command needs a sentence corpus and the config names none (a config with only {@code choices} serves
 * {@code fit}, {@code simulate} and {@code recover}). The message names the config; the CLI exits 65.
 */
public final class MissingCorpusException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MissingCorpusException(String message) {
        super(message);
    }
}
