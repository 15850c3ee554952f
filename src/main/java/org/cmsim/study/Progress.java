package org.cmsim.study;

/**
 * Told when a stage of a run ends, and how far a long stage has got; the CLI renders it on stderr. Library code
 * never prints.
 */
public interface Progress {

    Progress SILENT = (language, stage, seconds) -> { };

    void stageDone(String language, String stage, double seconds);

    /**
     * Where a stage under way has got to ({@code "120 of 2000 subjects"}); told often, so a renderer shows it now
     * and then, not every time.
     */
    default void working(String language, String stage, String state) {
    }
}
