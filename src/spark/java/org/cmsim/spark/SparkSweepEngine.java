package org.cmsim.spark;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.cmsim.sweep.EngineSettings;
import org.cmsim.sweep.EngineUnavailableException;
import org.cmsim.sweep.ProgressClock;
import org.cmsim.sweep.SweepEngine;
import org.cmsim.sweep.SweepTask;
import org.cmsim.sweep.TaskOutcome;
import org.cmsim.sweep.TaskRunner;

/**
 * Runs a sweep's tasks as one Apache Spark job: the tasks are the elements of an RDD with one partition
 * each, mapped by {@link TaskRunner} on the executors and collected on the driver. The master is
 * {@code --master}, else the one spark-submit sets, else {@code local[*]}. Each task writes its own folder
 * under the sweep directory, so on a cluster that directory must be on a file system the executors share
 * (as it is for Slurm array jobs). Found by {@link java.util.ServiceLoader}; this jar is never part of
 * cmsim.jar.
 */
public final class SparkSweepEngine implements SweepEngine {

    public static final String NAME = "spark";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void check() throws EngineUnavailableException {
        try {
            Class.forName("org.apache.spark.SparkContext", false, SparkSweepEngine.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new EngineUnavailableException("the Spark engine is here but Spark's libraries are not ("
                    + e.getMessage() + ")");
        }
    }

    /**
     * Refuses a {@code master} Spark cannot read, and a standalone master that does not answer: Spark
     * would read the one only once it builds its context, and wait a minute for the other.
     */
    @Override
    public void checkSettings(EngineSettings settings) throws EngineUnavailableException {
        settings.master().ifPresent(SparkMaster::checkFormat);
        SparkMaster.checkReachable(master(settings));
    }

    /** {@code --master}, else the one spark-submit sets, else {@code local[*]}. */
    private static String master(EngineSettings settings) {
        return settings.master().orElse(new SparkConf().get("spark.master", "local[*]"));
    }

    @Override
    public List<TaskOutcome> execute(List<SweepTask> tasks, TaskRunner runner, EngineSettings settings,
            ProgressClock progress) throws EngineUnavailableException {
        if (tasks.isEmpty()) {
            return List.of();
        }
        String master = master(settings);
        SparkConf conf = new SparkConf().setAppName("cmsim sweep").setMaster(master);
        // A sweep needs no web UI; on a laptop it would only hold a port.
        conf.setIfMissing("spark.ui.enabled", "false");
        if (!master.startsWith("local") && !conf.contains("spark.jars")) {
            conf.setJars(codeLocations());
        }
        List<String> ids = tasks.stream().map(SweepTask::id).toList();
        JavaSparkContext spark;
        try {
            spark = new JavaSparkContext(conf);
        } catch (Exception e) {
            throw new EngineUnavailableException("Spark did not start with the master " + master + ": "
                    + firstLine(e), e);
        }
        try (spark) {
            spark.sc().addSparkListener(new SparkListener() {
                @Override
                public void onTaskEnd(SparkListenerTaskEnd end) {
                    if (end.taskInfo().successful()) {
                        progress.finished(ids.get(end.taskInfo().index()));
                    }
                }
            });
            return new ArrayList<>(spark.parallelize(tasks, tasks.size()).map(runner::run).collect());
        } catch (Exception e) {
            // Spark stops its context when it loses the cluster (a master that never took the application, or
            // went away): the job then fails for want of a cluster, not for anything in the sweep.
            if (spark.sc().isStopped()) {
                throw new EngineUnavailableException("Spark gave up on the master " + master + ", which did not"
                        + " take the sweep or went away (" + firstLine(e) + ")", e);
            }
            throw e;
        }
    }

    private static String firstLine(Throwable e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getName());
    }

    /** cmsim.jar and this jar, shipped to the executors when the sweep is not started by spark-submit. */
    private static String[] codeLocations() {
        Set<String> jars = new LinkedHashSet<>();
        for (Class<?> type : List.of(SweepEngine.class, SparkSweepEngine.class)) {
            try {
                jars.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException | NullPointerException e) {
                // Not loaded from a file: nothing to ship.
            }
        }
        return jars.toArray(String[]::new);
    }
}
