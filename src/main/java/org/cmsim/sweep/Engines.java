package org.cmsim.sweep;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds an engine by name: {@code local} is built in; others (Spark) come from their own jars. */
public final class Engines {

    /** What to do when the Spark engine is missing; the user guide's Sweeps page shows spark-submit. */
    static final String SPARK_HINT = "build it with 'mvn package' (target/cmsim-*-spark.jar and"
            + " target/spark-classpath.txt) and start the sweep through ./cmsim, which adds Spark to the class"
            + " path, or submit it with spark-submit as the README shows";

    private Engines() {
    }

    public static SweepEngine find(String name) throws EngineUnavailableException {
        if (name.equals(LocalEngine.NAME)) {
            return new LocalEngine();
        }
        try {
            for (SweepEngine engine : ServiceLoader.load(SweepEngine.class)) {
                if (engine.name().equals(name)) {
                    engine.check();
                    return engine;
                }
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new EngineUnavailableException("the " + name + " engine cannot be loaded (" + e.getMessage()
                    + "); " + SPARK_HINT, e);
        }
        throw new EngineUnavailableException("no '" + name + "' engine on the class path; " + SPARK_HINT);
    }
}
