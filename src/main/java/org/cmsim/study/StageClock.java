package org.cmsim.study;

/** Times the stages of one language's study and tells {@link Progress} how each goes and when it ends. */
final class StageClock {

    private final String language;
    private final Progress progress;

    StageClock(String language, Progress progress) {
        this.language = language;
        this.progress = progress;
    }

    /** Does {@code work}, then reports {@code stage} with the seconds it took. */
    <T, E extends Exception> T time(String stage, Work<T, E> work) throws E {
        long start = System.nanoTime();
        T result = work.get();
        progress.stageDone(language, stage, (System.nanoTime() - start) / 1e9);
        return result;
    }

    /** Where {@code stage} has got to. */
    void working(String stage, String state) {
        progress.working(language, stage, state);
    }

    /** A stage's work, which may fail as its input does. */
    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T get() throws E;
    }
}
