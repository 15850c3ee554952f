package org.cmsim.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cmsim.attention.AttentionHead;
import org.cmsim.attention.AttentionStudy;
import org.cmsim.attention.CueContributions;
import org.cmsim.attention.Examples;
import org.cmsim.design.Trajectory;
import org.cmsim.input.StimulusFormat;
import org.cmsim.io.Table;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.FeatureSpace;

/** The files {@code attention} (and {@code run}) write for a trained head. */
public final class AttentionTables {

    private AttentionTables() {
    }

    /** attention.csv: per sentence type, the attention to n1 and the decision. */
    public static Table attention(AttentionStudy.Result result, FeatureSpace space) {
        Examples examples = result.examples();
        StimulusFormat format = new StimulusFormat(space, examples.stimuli());
        List<String> columns = new ArrayList<>(format.columns());
        columns.addAll(List.of("weight", "observed_n1", "p_n1", "predicted_n1", "logit"));
        Table table = new Table(columns);
        AttentionHead head = result.head();
        for (int e = 0; e < examples.size(); e++) {
            AttentionHead.Reading reading = head.read(result.rows(e));
            List<Object> cells = new ArrayList<>(format.cells(examples.stimuli().get(e)));
            cells.addAll(List.of(examples.weight(e), examples.targetN1(e), reading.attentionN1(),
                    reading.probabilityN1(), reading.logit()));
            table.add(cells.toArray());
        }
        return table;
    }

    /** cue-contributions.csv: {@code cue,contribution} (ablation, log-odds) plus the score split and weight. */
    public static Table contributions(AttentionStudy.Result result) {
        Table table = new Table("cue", "contribution", "split", "present");
        for (CueContributions.Contribution c : result.contributions()) {
            table.add(c.parameter(), c.ablation(), c.split(), c.present());
        }
        return table;
    }

    /** trajectory.csv rows for one learner (same columns as {@code learn}). */
    public static void addTrajectory(Table table, Trajectory trajectory) {
        for (int c = 0; c < trajectory.steps().length; c++) {
            for (int j = 0; j < trajectory.parameters().size(); j++) {
                table.add(trajectory.steps()[c], trajectory.learner(), trajectory.parameters().get(j),
                        trajectory.values()[c][j]);
            }
        }
    }

    public static Table trajectory(Trajectory trajectory) {
        Table table = new Table("step", "learner", "parameter", "value");
        addTrajectory(table, trajectory);
        return table;
    }

    /** qkv.json: settings, training summary, named embeddings and the projection matrices. */
    public static Map<String, Object> qkv(AttentionStudy.Result result, long seed) {
        AttentionHead.Export export = result.head().export();
        AttentionSettings settings = result.head().settings();
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("dModel", settings.dModel());
        model.put("dK", settings.dK());
        model.put("dV", settings.dV());
        model.put("readout", settings.readout().name().toLowerCase(Locale.ROOT));
        model.put("query", settings.query().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        model.put("seed", seed);
        json.put("model", model);
        Map<String, Object> training = new LinkedHashMap<>();
        training.put("optimizer", "Adam (Kingma & Ba 2015), beta1 0.9, beta2 0.999, epsilon 1e-8");
        training.put("learningRate", settings.learningRate());
        training.put("batchSize", settings.batchSize());
        training.put("l2", settings.l2());
        training.put("heldOut", settings.heldOut());
        training.put("earlyStopping", Double.isFinite(result.training().heldOutLoss()));
        training.put("epochs", result.training().epochs());
        training.put("bestEpoch", result.training().bestEpoch());
        training.put("stoppedEarly", result.training().stoppedEarly());
        training.put("trainLoss", Json.number(result.training().trainLoss()));
        training.put("heldOutLoss", Json.number(result.training().heldOutLoss()));
        training.put("presentations", Json.number(result.training().presentations()));
        json.put("training", training);
        json.put("embeddings", export.embeddings());
        json.put("W_Q", export.wq());
        json.put("W_K", export.wk());
        json.put("W_V", export.wv());
        json.put("query", export.query());
        json.put("w", export.w());
        json.put("b", export.b());
        json.put("layout", "matrices are row-major lists of rows: W_Q and W_K are dK x dModel, W_V is dV x dModel;"
                + " q = W_Q x_verb, k_j = W_K x_nj, v_j = W_V x_nj; null where the settings leave a block out");
        return json;
    }
}
