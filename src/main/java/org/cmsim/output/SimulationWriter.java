package org.cmsim.output;

import java.util.ArrayList;
import java.util.List;
import org.cmsim.competition.Simulator;
import org.cmsim.input.StimulusFormat;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.OutputNames;
import org.cmsim.io.Table;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.Stimulus;

/**
 * What {@code cmsim simulate} writes: choices.csv (one row per trial, in the choice-data format {@code fit}
 * reads) and participants.csv (each participant's generating parameters).
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
        Table choices = choices(features, stimuli, sample);
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

    private static Table choices(FeatureSpace features, List<Stimulus> stimuli, List<Simulator.Participant> sample) {
        List<String> columns = new ArrayList<>(List.of("subject", "trial"));
        StimulusFormat format = new StimulusFormat(features, stimuli);
        columns.addAll(format.columns());
        columns.add("choice");
        Table choices = new Table(columns);
        for (Simulator.Participant participant : sample) {
            int trial = 0;
            for (int i = 0; i < participant.choices().length; i++) {
                List<Object> stimulus = format.cells(stimuli.get(i));
                for (boolean choseN1 : participant.choices()[i]) {
                    List<Object> cells = new ArrayList<>(List.of(participant.id(), ++trial));
                    cells.addAll(stimulus);
                    cells.add(choseN1 ? "n1" : "n2");
                    choices.add(cells.toArray());
                }
            }
        }
        return choices;
    }
}
