package org.cmsim.sweep;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.cmsim.io.OutputNames;

/**
 * Keeps two sweeps from writing the same things in one directory at once, through locks on the bytes of
 * {@code DIR/.sweep.lock}. Byte 0 is held while a run sets up (reads or writes {@code sweep.json}, looks for
 * finished tasks and claims the others), so that set-ups take turns; byte 1 is shared by the runs writing
 * into the directory; byte 2 + i is held by the run of task i. Shards of one sweep may so share a
 * directory, each running its own tasks, but a second run of a task that is running is refused, and so is
 * replacing the directory while a run writes into it (which takes byte 1 onwards for itself).
 *
 * <p>The operating system releases the locks when the process ends, however it ends, so a killed sweep
 * never leaves the directory locked; the file stays. On a file system without locks (some network file
 * systems) the sweep runs unguarded, as it would have without this class.
 */
final class SweepLock implements AutoCloseable {

    private static final long SETUP = 0;
    private static final long WRITING = 1;
    private static final long FIRST_TASK = 2;

    private final Path dir;
    private final FileChannel channel;
    private final List<FileLock> held = new ArrayList<>();
    private FileLock setup;
    private boolean unsupported;
    private boolean owner;

    private SweepLock(Path dir, FileChannel channel) {
        this.dir = dir;
        this.channel = channel;
    }

    /**
     * Opens the lock file of {@code dir}, creating it, and waits for the set-up of another run to finish;
     * then takes this run's share of the directory. {@link #setUp} ends the set-up.
     */
    static SweepLock open(Path dir) throws IOException, SweepBusyException {
        // Readable for the shared lock, writable for the exclusive ones.
        SweepLock lock = new SweepLock(dir, FileChannel.open(file(dir), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE));
        try {
            lock.setup = lock.waitForSetup();
            lock.take(WRITING, 1, true);
            return lock;
        } catch (IOException | SweepBusyException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    static Path file(Path dir) {
        return dir.resolve(OutputNames.SWEEP_LOCK);
    }

    private FileLock waitForSetup() throws IOException, SweepBusyException {
        try {
            return channel.lock(SETUP, 1, false);
        } catch (OverlappingFileLockException e) {
            // Java waits only for other processes: another sweep in this JVM is setting up.
            throw new SweepBusyException(dir);
        } catch (IOException e) {
            // The file system offers no locks (ENOLCK): nothing can be guarded here.
            unsupported = true;
            return null;
        }
    }

    /** Takes the whole directory, to replace it: refused while another run writes there. */
    void own() throws IOException, SweepBusyException {
        for (FileLock lock : held) {
            lock.release();
        }
        held.clear();
        take(WRITING, Long.MAX_VALUE - WRITING, false);
        owner = true;
    }

    /** Takes the tasks this run will run: refused when another run is running one of them. */
    void claim(List<SweepTask> tasks) throws IOException, SweepBusyException {
        if (owner) {
            return;
        }
        // Consecutive tasks (those of an unsharded run) share one lock.
        List<Integer> indices = tasks.stream().map(SweepTask::index).sorted().toList();
        for (int i = 0; i < indices.size(); ) {
            int first = indices.get(i);
            int count = 1;
            while (i + count < indices.size() && indices.get(i + count) == first + count) {
                count++;
            }
            take(FIRST_TASK + first, count, false);
            i += count;
        }
    }

    /** Ends the set-up: the next run may look at the directory, and sees what this one claimed. */
    void setUp() throws IOException {
        if (setup != null) {
            setup.release();
            setup = null;
        }
    }

    private void take(long position, long size, boolean shared) throws IOException, SweepBusyException {
        if (unsupported) {
            return;
        }
        FileLock lock;
        try {
            lock = channel.tryLock(position, size, shared);
        } catch (OverlappingFileLockException e) {
            throw new SweepBusyException(dir);
        }
        if (lock == null) {
            throw new SweepBusyException(dir);
        }
        held.add(lock);
    }

    /** Releases every lock; the file stays, for the next run. */
    @Override
    public void close() throws IOException {
        channel.close();
    }
}
