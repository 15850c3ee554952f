package org.cmsim.sweep;

import java.nio.file.Path;

/**
 * A task folder that is there but does not hold a finished task: a file is missing, or the command's table
 * is not one the command writes (the folder was edited, or damaged). A sweep runs such a task again;
 * sweep-merge refuses the folder.
 */
final class IncompleteTaskException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path folder;
    private final String problem;

    IncompleteTaskException(Path folder, String problem) {
        super(folder + ": " + problem);
        this.folder = folder;
        this.problem = problem;
    }

    Path folder() {
        return folder;
    }

    /** What is wrong, without the folder. */
    String problem() {
        return problem;
    }
}
