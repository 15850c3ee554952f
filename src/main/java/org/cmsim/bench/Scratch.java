package org.cmsim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A temporary directory for the inputs and outputs the benchmarks make, deleted with all it holds on close. */
public final class Scratch implements AutoCloseable {

    private final Path directory;

    private Scratch(Path directory) {
        this.directory = directory;
    }

    public static Scratch create() throws IOException {
        return new Scratch(Files.createTempDirectory("cmsim-bench"));
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() throws IOException {
        List<Path> paths;
        try (Stream<Path> files = Files.walk(directory)) {
            paths = files.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }
}
