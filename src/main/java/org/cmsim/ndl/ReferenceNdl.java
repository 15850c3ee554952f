package org.cmsim.ndl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.cmsim.io.InputException;
import org.cmsim.io.LineReader;

/**
 * The plain, obviously-correct Rescorla-Wagner learner on a pyndl event file, written as the update
 * rule reads (pyndl's ndl_parallel.learn_inplace_ptr): for each event, in file order, and for each
 * outcome seen so far,
 * <pre>
 *   activation = sum over the event's cues c of V[c][o]
 *   update     = beta1 (lambda - activation)   if o is one of the event's outcomes
 *              = beta2 (0 - activation)        otherwise
 *   V[c][o]   += alpha x update                for every cue c of the event
 * </pre>
 * Strings, maps and lists throughout; {@link FastNdl} must agree with it to 1e-12.
 */
public final class ReferenceNdl {

    private ReferenceNdl() {
    }

    public static Weights learn(Path file, NdlParameters p) throws InputException {
        Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
        List<String> outcomes = new ArrayList<>();
        long events = 0;
        try (LineReader reader = new LineReader(file, EventFiles.open(file))) {
            String header = reader.readLine();
            EventFiles.checkHeader(file, header);
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length != 2) {
                    throw InputException.at(file, reader.line(), "an event line has 2 tab-separated columns (cues,"
                            + " outcomes), this one has %d", columns.length);
                }
                // Python's str.split('_') as pyndl splits: empty names kept (Java's split drops trailing ones).
                List<String> cues = new ArrayList<>(new LinkedHashSet<>(List.of(columns[0].split("_", -1))));
                List<String> present = new ArrayList<>(new LinkedHashSet<>(List.of(columns[1].split("_", -1))));
                for (String outcome : present) {
                    if (!outcomes.contains(outcome)) {
                        outcomes.add(outcome);
                    }
                }
                for (String cue : cues) {
                    weights.computeIfAbsent(cue, c -> new LinkedHashMap<>());
                }
                for (String outcome : outcomes) {
                    double activation = 0;
                    for (String cue : cues) {
                        activation += weights.get(cue).getOrDefault(outcome, 0.0);
                    }
                    double update = present.contains(outcome) ? p.beta1() * (p.lambda() - activation)
                            : p.beta2() * (0.0 - activation);
                    for (String cue : cues) {
                        weights.get(cue).merge(outcome, p.alpha() * update, Double::sum);
                    }
                }
                events++;
            }
        }
        List<String> cues = new ArrayList<>(weights.keySet());
        double[][] values = new double[cues.size()][outcomes.size()];
        for (int c = 0; c < cues.size(); c++) {
            for (int o = 0; o < outcomes.size(); o++) {
                values[c][o] = weights.get(cues.get(c)).getOrDefault(outcomes.get(o), 0.0);
            }
        }
        return new Weights(cues, outcomes, values, events);
    }
}
