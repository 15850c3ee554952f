package org.cmsim.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cmsim.competition.Simulator;
import org.cmsim.input.ChoiceReader;
import org.cmsim.input.StimulusFormat;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.OutputNames;
import org.cmsim.io.Table;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.Stimulus;

/**
 * What {@code cmsim simulate} writes: choices.csv (one row per trial, in the choice-data format {@code fit}
 * reads) and participants.csv (each participant's generating parameters); with simulated reaction times, an
 * {@code rt} column (ms).
 */
public final class SimulationWriter {

    private SimulationWriter() {
    }

    /**
     * The simulated {@code sample}: the participants' choices on the design's {@code stimuli}, and their values
     * of the rule's {@code parameters}.
     */
    public static void write(DirectoryTarget target, FeatureSpace features, List<Stimulus> stimuli,
                             List<String> parameters, List<Simulator.Participant> sample) throws OutputException {
        write(target, features, stimuli, parameters, Map.of("", sample), null);
    }

    /**
     * Each group's sample (keys in order; one key "" for data without groups): with groups, choices.csv and
     * participants.csv gain a {@code group} column first, as {@code fit --by group} reads them. {@code rts}: per
     * group, each trial's RT ({@code [subject][condition][trial]}, ms), or null for no {@code rt} column.
     */
    public static void write(DirectoryTarget target, FeatureSpace features, List<Stimulus> stimuli,
                             List<String> parameters, Map<String, List<Simulator.Participant>> groups,
                             Map<String, double[][][]> rts) throws OutputException {
        boolean grouped = !groups.containsKey("");
        Table choices = null;
        Table generating = new Table(grouped ? List.of("group", "subject", "parameter", "value")
                : List.of("subject", "parameter", "value"));
        for (Map.Entry<String, List<Simulator.Participant>> group : groups.entrySet()) {
            List<Object> prefix = grouped ? List.of(group.getKey()) : List.of();
            choices = choices(choices, grouped, prefix, features, stimuli, group.getValue(),
                    rts == null ? null : rts.get(group.getKey()), rts != null);
            for (Simulator.Participant participant : group.getValue()) {
                for (int j = 0; j < parameters.size(); j++) {
                    List<Object> cells = new ArrayList<>(prefix);
                    cells.addAll(List.of(participant.id(), parameters.get(j), participant.parameters()[j]));
                    generating.add(cells.toArray());
                }
            }
        }
        try (OutputDirectory out = target.open()) {
            out.writeCsv(OutputNames.CHOICES, choices);
            out.writeCsv(OutputNames.PARTICIPANTS, generating);
            out.commit();
        }
    }

    private static Table choices(Table into, boolean grouped, List<Object> prefix, FeatureSpace features,
                                 List<Stimulus> stimuli, List<Simulator.Participant> sample, double[][][] rts,
                                 boolean withRt) {
        List<String> columns = new ArrayList<>(grouped ? List.of("group", "subject", "trial")
                : List.of("subject", "trial"));
        StimulusFormat format = new StimulusFormat(features, stimuli);
        columns.addAll(format.columns());
        columns.add("choice");
        if (withRt) {
            columns.add(ChoiceReader.RT);
        }
        Table choices = into == null ? new Table(columns) : into;
        for (int s = 0; s < sample.size(); s++) {
            Simulator.Participant participant = sample.get(s);
            int trial = 0;
            for (int i = 0; i < participant.choices().length; i++) {
                List<Object> stimulus = format.cells(stimuli.get(i));
                for (int t = 0; t < participant.choices()[i].length; t++) {
                    List<Object> cells = new ArrayList<>(prefix);
                    cells.addAll(List.of(participant.id(), ++trial));
                    cells.addAll(stimulus);
                    cells.add(participant.choices()[i][t] ? "n1" : "n2");
                    if (withRt) {
                        cells.add((long) rts[s][i][t]);
                    }
                    choices.add(cells.toArray());
                }
            }
        }
        return choices;
    }
}
