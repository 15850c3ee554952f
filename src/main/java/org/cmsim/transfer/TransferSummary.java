package org.cmsim.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cmsim.competition.ParameterStatus;

/**
 * Per learner and cue, what transfer-summary.csv says: where the learner started (its first-language value, as
 * read at exposure 0), the second language's asymptote, and the exposure at which it had moved half-way
 * ({@link HalfWay}): the median over the replicates and their 2.5-97.5% range (+infinity: not within the
 * exposure).
 */
public final class TransferSummary {

    /** One row: {@code status} from {@link SharedCues.Status} ("derived" for the order effect). */
    public record Row(String learner, String cue, String status, double l1Value, double l2Asymptote, double halfWay,
                      double halfWayLow, double halfWayHigh, String note) {
    }

    private TransferSummary() {
    }

    public static List<Row> of(TransferStudy.Result result) {
        List<Row> rows = new ArrayList<>();
        for (TransferStudy.Learner learner : List.of(result.delta(), result.attention())) {
            LearningBand band = learner.band();
            boolean isDelta = learner == result.delta();
            for (int j = 0; j < band.parameters().size(); j++) {
                String parameter = band.parameters().get(j);
                double[] halfWays = halfWays(learner, j);
                rows.add(new Row(band.learner(), parameter, status(result, parameter), band.mean(0, j),
                        learner.l2Asymptote()[j], Quantiles.of(halfWays, 0.5),
                        Quantiles.of(halfWays, LearningBand.LOW), Quantiles.of(halfWays, LearningBand.HIGH),
                        isDelta ? deltaNote(result, parameter) : headNote(result, parameter)));
            }
            for (SharedCues.Entry entry : result.cues().entries()) {
                if (entry.status() == SharedCues.Status.L1_ONLY) {
                    rows.add(new Row(band.learner(), entry.parameter(), entry.status().configName(),
                            isDelta ? result.l1Fit().estimates()[entry.l1Index()] : Double.NaN, Double.NaN, Double.NaN,
                            Double.NaN, Double.NaN, "only in " + result.from() + ": keeps its value there, never read"
                            + " in " + result.to()));
                }
            }
        }
        return rows;
    }

    /** The half-way exposure of parameter j in every replicate. */
    public static double[] halfWays(TransferStudy.Learner learner, int j) {
        LearningBand band = learner.band();
        double[] halfWays = new double[band.replicates()];
        for (int r = 0; r < halfWays.length; r++) {
            halfWays[r] = HalfWay.exposure(band.exposure(), band.path(r, j), learner.l2Asymptote()[j]);
        }
        return halfWays;
    }

    private static String status(TransferStudy.Result result, String parameter) {
        return result.cues().entries().stream().filter(e -> e.parameter().equals(parameter)).findFirst()
                .map(e -> e.status().configName()).orElse("derived");
    }

    private static String deltaNote(TransferStudy.Result result, String parameter) {
        List<String> notes = new ArrayList<>();
        int l1 = result.l1Fit().parameters().indexOf(parameter);
        int l2 = result.l2Fit().parameters().indexOf(parameter);
        if (parameter.equals(TransferStudy.ORDER_EFFECT)) {
            notes.add("word order as one cue: half the contrast of " + result.to() + "'s canonical order with the mean"
                    + " of its other orders");
        } else if (l1 < 0) {
            notes.add("only in " + result.to() + ": starts at 0");
        } else if (result.l1Fit().estimability().get(l1) != ParameterStatus.MEASURED) {
            notes.add(result.from() + " separates it: starts where the fit's prior bounds it");
        }
        if (l2 >= 0 && result.l2Fit().estimability().get(l2) != ParameterStatus.MEASURED) {
            notes.add(result.to() + " separates it: no asymptote, the delta rule keeps drifting");
        }
        return String.join("; ", notes);
    }

    private static String headNote(TransferStudy.Result result, String parameter) {
        if (parameter.equals(TransferStudy.ORDER_EFFECT)) {
            return "word order as one cue, as for the delta rule";
        }
        boolean undefined = Arrays.stream(result.attention().band().values())
                .anyMatch(r -> Double.isNaN(r[0][result.attention().band().parameters().indexOf(parameter)]));
        String note = result.l1Fit().parameters().contains(parameter) ? ""
                : "only in " + result.to() + ": its feature values start at zero";
        return undefined ? (note.isEmpty() ? "" : note + "; ") + "no sentence of this order without other cues:"
                + " not read" : note;
    }
}
