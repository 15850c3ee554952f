package org.cmsim.model;

/**
 * A learner whose weights or loss stopped being finite: its settings (a learning rate far too large)
 * made it diverge. The run stops with this message rather than writing Infinity or NaN into its
 * outputs.
 */
public final class DivergenceException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    public DivergenceException(String message) {
        super(message);
    }
}
