package org.cmsim.sweep;

import java.util.Optional;

/**
 * How an engine runs the tasks: {@code threads} for the local engine, {@code master} for Spark
 * ({@code local[*]} when empty and not set by spark-submit).
 */
public record EngineSettings(int threads, Optional<String> master) {

    public EngineSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    public static EngineSettings threads(int threads) {
        return new EngineSettings(threads, Optional.empty());
    }

    public EngineSettings withMaster(String master) {
        return new EngineSettings(threads, Optional.of(master));
    }
}
