package org.cmsim.output;

import java.util.List;
import org.cmsim.io.Table;
import org.cmsim.transfer.LearningBand;
import org.cmsim.transfer.TransferStudy;
import org.cmsim.transfer.TransferSummary;

/** The tables of {@code cmsim transfer}: transfer.csv and transfer-summary.csv. */
public final class TransferTables {

    private TransferTables() {
    }

    /** transfer.csv: each learner's mean strength at each checkpoint, with the 2.5-97.5% range over replicates. */
    public static Table curves(TransferStudy.Result result) {
        Table table = new Table("learner", "exposure", "cue", "strength", "low", "high");
        for (TransferStudy.Learner learner : List.of(result.delta(), result.attention())) {
            LearningBand band = learner.band();
            for (int c = 0; c < band.exposure().length; c++) {
                for (int j = 0; j < band.parameters().size(); j++) {
                    table.add(band.learner(), band.exposure()[c], band.parameters().get(j), band.mean(c, j),
                            band.quantile(c, j, LearningBand.LOW), band.quantile(c, j, LearningBand.HIGH));
                }
            }
        }
        return table;
    }

    /** transfer-summary.csv: per learner and cue, start, second-language asymptote and half-way exposure. */
    public static Table summary(TransferStudy.Result result) {
        Table table = new Table("learner", "cue", "status", "l1_value", "l2_asymptote", "half_way", "half_way_low",
                "half_way_high", "note");
        for (TransferSummary.Row row : TransferSummary.of(result)) {
            table.add(row.learner(), row.cue(), row.status(), row.l1Value(), row.l2Asymptote(), row.halfWay(),
                    row.halfWayLow(), row.halfWayHigh(), row.note());
        }
        return table;
    }
}
