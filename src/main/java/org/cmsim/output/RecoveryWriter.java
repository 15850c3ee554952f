package org.cmsim.output;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.OutputNames;
import org.cmsim.study.RecoveryStudy;

/**
 * What {@code cmsim recover} writes: parameter-recovery.csv, model-recovery.csv, individual-recovery.csv
 * when individual differences were studied, and recover.json with the settings and the verdict.
 */
public final class RecoveryWriter {

    private RecoveryWriter() {
    }

    public static void write(DirectoryTarget target, RecoveryStudy.Result result) throws OutputException {
        try (OutputDirectory out = target.open()) {
            out.writeCsv(OutputNames.PARAMETER_RECOVERY, RecoveryTables.parameters(result.parameters()));
            out.writeCsv(OutputNames.MODEL_RECOVERY, RecoveryTables.models(result.models(), result.request().design()));
            result.individual().ifPresent(individual ->
                    out.writeCsv(OutputNames.INDIVIDUAL_RECOVERY, RecoveryTables.individual(individual)));
            out.writeJson(OutputNames.RECOVER, json(result));
            out.commit();
        }
    }

    /** What the terminal shows: both recovery tables and the verdict, then the individual differences. */
    public static String summary(RecoveryStudy.Result result) {
        StringBuilder text = new StringBuilder(RecoveryTables.parameters(result.parameters()).toText() + "\n"
                + RecoveryTables.models(result.models(), result.request().design()).toText() + "\n"
                + result.verdict() + "\n");
        result.individual().ifPresent(individual -> text.append("\nWith individual differences (SD ")
                .append(individual.sd()).append("):\n").append(RecoveryTables.individual(individual).toText()));
        return text.toString();
    }

    private static Map<String, Object> json(RecoveryStudy.Result result) {
        RecoveryStudy.Request request = result.request();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rule", request.rule().name());
        json.put("subjects", request.subjects());
        json.put("trials", request.trials());
        json.put("conditions", request.design().rows());
        json.put("datasets", request.datasets());
        json.put("seed", request.seed());
        json.put("flaggedFits", result.parameters().flaggedFits());
        Map<String, Object> self = new LinkedHashMap<>();
        for (int g = 0; g < result.models().rules().size(); g++) {
            self.put(result.models().rules().get(g), result.models().selfRecovery(g));
        }
        json.put("selfRecovery", self);
        json.put("verdict", result.verdict());
        request.sd().ifPresent(sd -> json.put("sd", sd));
        return json;
    }
}
