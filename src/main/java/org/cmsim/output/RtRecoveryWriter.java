package org.cmsim.output;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.OutputNames;
import org.cmsim.io.Table;
import org.cmsim.study.RtRecoveryStudy;

/**
 * What {@code cmsim recover --rt-log-mean} writes: rt-recovery.csv (per parameter of the RT model: truth, mean
 * estimate, bias, SD over data sets, coverage of the 95% interval) and rt-recover.json (the settings and verdict).
 */
public final class RtRecoveryWriter {

    private RtRecoveryWriter() {
    }

    public static void write(DirectoryTarget target, RtRecoveryStudy.Result result) throws OutputException {
        try (OutputDirectory out = target.open()) {
            out.writeCsv(OutputNames.RT_RECOVERY, table(result));
            out.writeJson(OutputNames.RT_RECOVER, json(result));
            out.commit();
        }
    }

    public static String summary(RtRecoveryStudy.Result result) {
        return table(result).toText() + "\n" + result.verdict() + "\n";
    }

    static Table table(RtRecoveryStudy.Result result) {
        Table table = new Table("parameter", "truth", "mean", "bias", "sd", "coverage");
        result.rows().forEach(r -> table.add(r.parameter(), r.truth(), r.mean(), r.bias(), r.sd(),
                Double.isNaN(r.coverage()) ? null : r.coverage()));
        return table;
    }

    private static Map<String, Object> json(RtRecoveryStudy.Result result) {
        RtRecoveryStudy.Request request = result.request();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rtLogMean", request.rt().logMean());
        json.put("rtConflict", request.rt().conflict());
        json.put("rtSd", request.rt().sd());
        json.put("rtSubjectSd", request.rt().subjectSd());
        json.put("parameters", request.design().parameters());
        json.put("values", request.values());
        json.put("subjects", request.subjects());
        json.put("trials", request.trials());
        json.put("datasets", request.datasets());
        json.put("seed", request.seed());
        json.put("random", "(1 | subject)");
        json.put("verdict", result.verdict());
        return json;
    }
}
