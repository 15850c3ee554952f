package org.cmsim.sweep;

import java.io.Serializable;

/** What became of one task: its folder is in place, or it failed with an error message. */
public record TaskOutcome(int index, String id, Status status, String error) implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Status {
        DONE,
        FAILED
    }

    public TaskOutcome {
        if ((status == Status.FAILED) == error.isEmpty()) {
            throw new IllegalArgumentException("task " + id + ": a failure needs an error message, a success none");
        }
    }

    static TaskOutcome done(SweepTask task) {
        return new TaskOutcome(task.index(), task.id(), Status.DONE, "");
    }

    static TaskOutcome failed(SweepTask task, String error) {
        return new TaskOutcome(task.index(), task.id(), Status.FAILED, error.isBlank() ? "failed without a message"
                : error.strip());
    }
}
