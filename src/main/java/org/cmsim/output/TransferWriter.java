package org.cmsim.output;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.OutputNames;
import org.cmsim.report.Figure;
import org.cmsim.report.FigureFormat;
import org.cmsim.report.TransferPlots;
import org.cmsim.transfer.TransferStudy;
import org.cmsim.transfer.TransferSummary;

/** What {@code cmsim transfer} writes: transfer.csv, transfer-summary.csv and one panel per cue under plots/. */
public final class TransferWriter {

    private TransferWriter() {
    }

    public static void write(DirectoryTarget target, TransferStudy.Result result, Set<FigureFormat> formats)
            throws OutputException {
        try (OutputDirectory out = target.open()) {
            write(out, "", result, formats);
            out.commit();
        }
    }

    /** The transfer's files under {@code prefix} (empty, or a folder ending in "/") of an open output. */
    static List<Figure> write(OutputDirectory out, String prefix, TransferStudy.Result result,
                              Set<FigureFormat> formats) {
        out.writeCsv(prefix + OutputNames.TRANSFER, TransferTables.curves(result));
        out.writeCsv(prefix + OutputNames.TRANSFER_SUMMARY, TransferTables.summary(result));
        List<Figure> figures = TransferPlots.panels(result).stream().map(f -> f.writtenAs(formats)).toList();
        for (Figure figure : figures) {
            for (FigureFormat format : formats) {
                out.writeBytes(prefix + OutputNames.PLOTS + "/" + format.file(figure.name()), figure.bytes(format));
            }
        }
        return figures;
    }

    /** A run's transfers, each under transfer/FROM-to-TO/; returns the report's section on them. */
    static String writeRun(OutputDirectory out, List<TransferStudy.Result> transfers, Set<FigureFormat> formats) {
        List<List<Figure>> figures = new java.util.ArrayList<>();
        for (TransferStudy.Result t : transfers) {
            figures.add(write(out, OutputNames.TRANSFER_FOLDER + "/" + t.from() + "-to-" + t.to() + "/", t,
                    formats));
        }
        return org.cmsim.report.TransferHtml.section(transfers, figures);
    }

    /** The transfers for summary.json: per pair, the summary rows. */
    static List<java.util.Map<String, Object>> json(List<TransferStudy.Result> transfers) {
        List<java.util.Map<String, Object>> pairs = new java.util.ArrayList<>();
        for (TransferStudy.Result t : transfers) {
            List<java.util.Map<String, Object>> rows = new java.util.ArrayList<>();
            for (TransferSummary.Row row : TransferSummary.of(t)) {
                rows.add(Json.object("learner", row.learner(), "cue", row.cue(), "status", row.status(), "l1Value",
                        Json.number(row.l1Value()), "l2Asymptote", Json.number(row.l2Asymptote()), "halfWay",
                        Json.number(row.halfWay()), "halfWayLow", Json.number(row.halfWayLow()), "halfWayHigh",
                        Json.number(row.halfWayHigh())));
            }
            pairs.add(Json.object("from", t.from(), "to", t.to(), "exposure", t.settings().exposure(), "orders",
                    t.settings().orders(), "seeds", t.settings().seeds(), "cues", rows));
        }
        return pairs;
    }

    /** What the terminal shows: the summary's main columns, one line per learner and cue. */
    public static String summary(TransferStudy.Result result) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s -> %s: %,d presentations, delta rule"
                + " over %d orders (rate %s), %d attention heads%n", result.from(), result.to(),
                result.settings().exposure(), result.settings().orders(), result.rate(), result.settings().seeds()));
        org.cmsim.io.Table table = new org.cmsim.io.Table("learner", "cue", "status", "start", "asymptote",
                "half-way", "range");
        List<TransferSummary.Row> rows = TransferSummary.of(result);
        for (TransferSummary.Row row : rows) {
            table.add(row.learner(), row.cue(), row.status(), row.l1Value(), row.l2Asymptote(), halfWay(row.halfWay()),
                    Double.isNaN(row.halfWay()) ? "" : halfWay(row.halfWayLow()) + "-" + halfWay(row.halfWayHigh()));
        }
        return text.append(table.toText()).toString();
    }

    private static String halfWay(double exposure) {
        return Double.isNaN(exposure) ? "" : Double.isInfinite(exposure) ? "not reached"
                : String.format(Locale.ROOT, "%,.0f", exposure);
    }
}
