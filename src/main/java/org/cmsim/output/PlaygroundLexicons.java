package org.cmsim.output;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cmsim.explain.Playground;
import org.cmsim.explain.WordFinder;
import org.cmsim.io.InputException;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.RunConfig;

/**
 * The word finders playground.html reads sentences with, one per language of a run, read on a thread of their own
 * from the moment the run's directory is opened. They depend on the configs alone (a lexicon beside each corpus,
 * WordNet for English), so they need not wait for the study, and reading them was the largest part of writing the
 * report. A finder that cannot be read fails the run when the page asks for it, as reading it then would.
 */
final class PlaygroundLexicons implements AutoCloseable {

    /** A language's word finder, or why it could not be read. */
    private record Read(Optional<WordFinder> finder, InputException failure) {
    }

    private final ExecutorService thread;
    private final Future<Map<String, Read>> finders;

    private PlaygroundLexicons(RunConfig run) {
        thread = Executors.newSingleThreadExecutor(task -> {
            Thread reader = new Thread(task, "cmsim-lexicons");
            reader.setDaemon(true);
            return reader;
        });
        finders = thread.submit(() -> read(run));
    }

    /** Starts reading every language's finder. */
    static PlaygroundLexicons start(RunConfig run) {
        return new PlaygroundLexicons(run);
    }

    private static Map<String, Read> read(RunConfig run) {
        Map<String, Read> finders = new LinkedHashMap<>();
        for (LanguageConfig language : run.languages()) {
            try {
                finders.put(language.name(), new Read(Playground.finder(language), null));
            } catch (InputException e) {
                finders.put(language.name(), new Read(Optional.empty(), e));
            }
        }
        return finders;
    }

    /** The finder of {@code language}, waiting for it if it is still being read; read now if the run had none. */
    Optional<WordFinder> finder(LanguageConfig language) throws InputException {
        Read read;
        try {
            read = finders.get().get(language.name());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the lexicons", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        if (read == null) {
            return Playground.finder(language);
        }
        if (read.failure() != null) {
            throw read.failure();
        }
        return read.finder();
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
