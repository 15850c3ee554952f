package org.cmsim.sweep;

/** The engine asked for cannot run here (its jar or its libraries are missing); the CLI exits 69. */
public final class EngineUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public EngineUnavailableException(String message) {
        super(message);
    }

    public EngineUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
