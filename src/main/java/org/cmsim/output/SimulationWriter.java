package org.cmsim.output;

import java.util.ArrayList;
import java.util.List;
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
        write(target, features, stimuli, parameters, sample, null);
    }

    /** As above, with each trial's RT ({@code rts[subject][condition][trial]}, ms), or none when null. */
    public static void write(DirectoryTarget target, FeatureSpace features, List<Stimulus> stimuli,
                             List<String> parameters, List<Simulator.Participant> sample, double[][][] rts)
            throws OutputException {
        Table choices = choices(features, stimuli, sample, rts);
        Table generating = new Table("subject", "parameter", "value");
        for (Simulator.Participant participant : sample) {
            for (int j = 0; j < parameters.size(); j++) {
                generating.add(participant.id(), parameters.get(j), participant.parameters()[j]);
            }
        }
        try (OutputDirectory out = target.open()) {
            out.writeCsv(OutputNames.CHOICES, choices);
            out.writeCsv(OutputNames.PARTICIPANTS, generating);
            out.commit();
        }
    }

    private static Table choices(FeatureSpace features, List<Stimulus> stimuli, List<Simulator.Participant> sample,
                                 double[][][] rts) {
        List<String> columns = new ArrayList<>(List.of("subject", "trial"));
        StimulusFormat format = new StimulusFormat(features, stimuli);
        columns.addAll(format.columns());
        columns.add("choice");
        if (rts != null) {
            columns.add(ChoiceReader.RT);
        }
        Table choices = new Table(columns);
        for (int s = 0; s < sample.size(); s++) {
            Simulator.Participant participant = sample.get(s);
            int trial = 0;
            for (int i = 0; i < participant.choices().length; i++) {
                List<Object> stimulus = format.cells(stimuli.get(i));
                for (int t = 0; t < participant.choices()[i].length; t++) {
                    List<Object> cells = new ArrayList<>(List.of(participant.id(), ++trial));
                    cells.addAll(stimulus);
                    cells.add(participant.choices()[i][t] ? "n1" : "n2");
                    if (rts != null) {
                        cells.add((long) rts[s][i][t]);
                    }
                    choices.add(cells.toArray());
                }
            }
        }
        return choices;
    }
}
