package org.cmsim.ndl;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.cmsim.io.InputException;

/** Opening pyndl event files: gzip or plain text (told apart by the gzip magic bytes), header checked. */
final class EventFiles {

    static final String HEADER = "cues\toutcomes";
    private static final int BUFFER = 1 << 20;

    private EventFiles() {
    }

    static InputStream open(Path file) throws InputException {
        if (Files.isDirectory(file)) {
            throw InputException.in(file, "is a directory, not an event file");
        }
        try {
            BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
            in.mark(2);
            int first = in.read();
            int second = in.read();
            in.reset();
            if (first == 0x1f && second == 0x8b) {
                return new BufferedInputStream(new GzipMembers(in), BUFFER);
            }
            return in;
        } catch (NoSuchFileException e) {
            throw InputException.in(file, "no such file");
        } catch (IOException e) {
            throw InputException.in(file, "cannot read: %s", e.getMessage());
        }
    }

    static void checkHeader(Path file, String header) throws InputException {
        if (header == null) {
            throw InputException.in(file, "the event file is empty: a header 'cues<TAB>outcomes' is needed");
        }
        // a byte-order mark some editors write is no part of the header, as for the other files cmsim reads
        String text = header.startsWith("\uFEFF") ? header.substring(1) : header;
        if (!text.strip().equals(HEADER)) {
            throw InputException.at(file, 1, "the header must be 'cues<TAB>outcomes' (pyndl's event format), was '%s'",
                    header.length() > 60 ? header.substring(0, 60) + "..." : header);
        }
    }
}
