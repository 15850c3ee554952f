package org.cmsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cmsim.compare.CueRanks;
import org.cmsim.compare.RelationVerdicts;
import org.cmsim.study.CueOrderings;

/** The report's table of cue orderings across replicates (the same numbers as cue-ranks.csv and cue-orderings.csv). */
final class OrderingsHtml {

    private OrderingsHtml() {
    }

    static String section(List<CueOrderings.Distribution> distributions) {
        if (distributions.isEmpty() || distributions.stream().allMatch(d -> d.ranks().ranked() == 0)) {
            return "";
        }
        List<List<String>> rows = new ArrayList<>();
        for (CueOrderings.Distribution d : distributions) {
            CueRanks.Result r = d.ranks();
            if (r.ranked() == 0) {
                continue;
            }
            CueRanks.Ordering modal = r.orderings().get(0);
            List<String> ranks = new ArrayList<>();
            for (CueRanks.Rank rank : r.ranks()) {
                ranks.add(Html.escape(rank.cue()) + " " + String.format(Locale.ROOT, "%.1f", rank.mean())
                        + (rank.low() == rank.high() ? "" : " [" + whole(rank.low()) + "&ndash;" + whole(rank.high()) + "]"));
            }
            rows.add(List.of(d.model() == RelationVerdicts.Model.COMPETITION ? "Competition Model" : "attention heads",
                    d.basis().label() + " (" + r.ranked() + (r.ranked() == r.replicates() ? "" : " of " + r.replicates())
                            + ")",
                    Html.escape(modal.ordering()), percent(modal.share()), Integer.toString(r.orderings().size()),
                    String.join("; ", ranks)));
        }
        return "<p>The order of cues across replicates (<code>cue-ranks.csv</code>, <code>cue-orderings.csv</code>"
                + " list every cue and every ordering):</p>\n"
                + "<p class=\"howto\"><b>How to read this.</b> In every replicate the compared cues are ranked by"
                + " absolute size, 1 = strongest (word order as the order effect, as in the headline; a cue the"
                + " corpus separates is placed for the Competition Model by its profile interval, written"
                + " <code>&gt;=cue</code>, and two such cues share a rank)."
                + " The most frequent ordering is given with the share of replicates that have it; each cue's mean"
                + " rank with the 2.5-97.5% range of its ranks. The replicates: the rule's bootstrap refits, the"
                + " heads of the different seeds (the heads of the tables above), and each head refitted to"
                + " resamples of the corpus (the replicates behind the heads' verdicts). A share well below 100%"
                + " means the ordering a single fit prints is one draw among several.</p>\n"
                + Html.table(List.of("model", "replicates", "most frequent ordering", "share", "orderings seen",
                        "rank of each cue: mean [2.5-97.5%]"), rows);
    }

    private static String whole(double rank) {
        return rank == Math.rint(rank) ? Long.toString(Math.round(rank)) : String.format(Locale.ROOT, "%.1f", rank);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
