package org.cmsim.competition;

/** A model that the data cannot estimate; the message names the model, the parameter and why. */
public final class NotEstimableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotEstimableException(String message) {
        super(message);
    }
}
