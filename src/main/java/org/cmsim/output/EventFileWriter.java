package org.cmsim.output;

import java.io.IOException;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.ndl.EventExport;

/** What {@code cmsim export-events} writes: the corpus as a gzipped pyndl event file, events in a seeded order. */
public final class EventFileWriter {

    private EventFileWriter() {
    }

    public static void write(FileTarget target, EventExport events, long seed) throws OutputException, IOException {
        target.write(stream -> events.write(seed, stream));
    }
}
