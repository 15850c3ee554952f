package org.cmsim.output;

import java.util.List;
import java.util.Locale;
import org.cmsim.compare.CueRanks;
import org.cmsim.io.Table;
import org.cmsim.study.CueOrderings;

/** cue-ranks.csv and cue-orderings.csv: the order of cues across replicates, one tidy row per cue or ordering. */
public final class OrderingTables {

    private OrderingTables() {
    }

    /**
     * {@code language,model,basis,replicates,ranked,cue,parameter,rank_mean,rank_low,rank_high,share_first}:
     * rank 1 is the strongest cue; low and high are the 2.5th and 97.5th percentiles of its ranks.
     */
    public static Table ranks(List<CueOrderings.Distribution> distributions) {
        Table table = new Table("language", "model", "basis", "replicates", "ranked", "cue", "parameter", "rank_mean",
                "rank_low", "rank_high", "share_first");
        for (CueOrderings.Distribution d : distributions) {
            for (CueRanks.Rank rank : d.ranks().ranks()) {
                table.add(d.language(), model(d), d.basis().label(), (long) d.ranks().replicates(),
                        (long) d.ranks().ranked(), rank.cue(), rank.parameter(), rank.mean(), rank.low(), rank.high(),
                        rank.shareFirst());
            }
        }
        return table;
    }

    /** {@code language,model,basis,ranked,ordering,count,share}: every ordering seen, the most frequent first. */
    public static Table orderings(List<CueOrderings.Distribution> distributions) {
        Table table = new Table("language", "model", "basis", "ranked", "ordering", "count", "share");
        for (CueOrderings.Distribution d : distributions) {
            for (CueRanks.Ordering ordering : d.ranks().orderings()) {
                table.add(d.language(), model(d), d.basis().label(), (long) d.ranks().ranked(), ordering.ordering(),
                        (long) ordering.count(), ordering.share());
            }
        }
        return table;
    }

    static String model(CueOrderings.Distribution d) {
        return d.model().name().toLowerCase(Locale.ROOT);
    }
}
