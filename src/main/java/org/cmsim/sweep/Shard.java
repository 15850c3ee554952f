package org.cmsim.sweep;

/**
 * {@code --shard I/N}: this process runs every N-th task, those whose position modulo N is I modulo N.
 * I counts from 1 to N as Slurm's and PBS's array ids usually do; 0 is read as N, so that 0-based ids
 * (0..N-1) name the same N shards.
 */
public record Shard(int index, int count) {

    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 0 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + ": needs 1 <= N and 0 <= I <= N");
        }
    }

    /** Parses {@code I/N}. */
    public static Shard parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("'" + text + "' is not I/N (for example 1/4)");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not I/N (for example 1/4)");
        }
    }

    public boolean contains(SweepTask task) {
        return task.index() % count == index % count;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
