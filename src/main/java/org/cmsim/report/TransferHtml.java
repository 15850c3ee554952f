package org.cmsim.report;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.cmsim.transfer.TransferStudy;
import org.cmsim.transfer.TransferSummary;

/** The report's section on second-language transfers: per pair, the summary table and one panel per cue. */
public final class TransferHtml {

    private TransferHtml() {
    }

    /** The section; {@code figures.get(i)} are the panels of {@code transfers.get(i)}. Empty without transfers. */
    public static String section(List<TransferStudy.Result> transfers, List<List<Figure>> figures) {
        if (transfers.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h2 id=\"transfer\">Second-language transfer</h2>\n<p class=\"howto\">"
                + "<b>How to read this.</b> Both learners start from what they learned on the first language and read"
                + " sentences of the second: the delta rule from its asymptote there (a cue only the second language"
                + " has starts at 0), the attention heads from heads trained there, feature values shared by name"
                + " keeping their embeddings. <i>half-way</i> is the exposure at which a cue has moved half of the"
                + " way from its start to the second language's asymptote: the median over presentation orders"
                + " (delta rule) or heads of different seeds, with its 2.5-97.5% range; <i>not reached</i> within the"
                + " exposure. Files: <code>transfer/FROM-to-TO/</code>.</p>\n");
        for (int i = 0; i < transfers.size(); i++) {
            TransferStudy.Result t = transfers.get(i);
            html.append("<h3>").append(Html.escape(t.from() + " to " + t.to())).append("</h3>\n")
                    .append(String.format(Locale.ROOT, "<p>%,d presentations of %s sentences; delta rule over %d"
                            + " presentation orders at rate %s; %d attention heads.</p>\n", t.settings().exposure(),
                            Html.escape(t.to()), t.settings().orders(), t.rate(), t.settings().seeds()));
            List<List<String>> rows = new ArrayList<>();
            for (TransferSummary.Row row : TransferSummary.of(t)) {
                rows.add(List.of(Html.escape(row.learner()), Html.escape(row.cue()), Html.escape(row.status()),
                        number(row.l1Value()), number(row.l2Asymptote()), exposure(row.halfWay()),
                        Double.isNaN(row.halfWay()) ? "" : exposure(row.halfWayLow()) + " &ndash; "
                                + exposure(row.halfWayHigh()), Html.escape(row.note())));
            }
            html.append("<details>\n<summary>Start, asymptote and half-way point of each cue</summary>\n")
                    .append(Html.table(List.of("learner", "cue", "status", "start", Html.escape(t.to())
                            + " asymptote", "half-way", "range", "note"), rows)).append("</details>\n");
            for (Figure figure : figures.get(i)) {
                html.append("<figure class=\"small\"><img alt=\"").append(Html.escape(figure.caption()))
                        .append("\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(figure.png())).append("\"><figcaption>")
                        .append(Html.escape(figure.caption())).append("</figcaption></figure>\n");
            }
        }
        return html.toString();
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String exposure(double value) {
        return Double.isNaN(value) ? "" : Double.isInfinite(value) ? "not reached"
                : String.format(Locale.ROOT, "%,.0f", value);
    }
}
