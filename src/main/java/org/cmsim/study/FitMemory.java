package org.cmsim.study;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cmsim.competition.RandomFactor;
import org.cmsim.design.Design;
import org.cmsim.io.InputException;
import org.cmsim.model.ChoiceData;
import org.cmsim.model.ChoiceRow;
import org.cmsim.model.Cue;
import org.cmsim.model.Stimulus;

/**
 * The Java heap a fit of choice data needs, estimated from the size of the data before the fit allocates it, so
 * that a data set too large for the heap is refused at once, with the estimate and the heap, instead of running
 * out of memory after minutes of work.
 *
 * <p>The figures per row, subject and item were measured on trial-level data (a row per choice). The rows as read
 * and their sums per condition and per subject keep about 400 bytes a row throughout; making the sums takes about
 * 400 more while it lasts. A mixed model's own data frame and cells take about 650 bytes a row while it is
 * built, and its modes a k x k block per subject (k parameters) and, with random items, a dense items x items
 * block, which for many items outgrows everything else. Each subject's own fits keep about 250 bytes per rule and
 * parameter. The stages follow one another, so the estimate is the largest of them; on the data it was measured
 * on it errs on the large side, by about a tenth.
 */
public record FitMemory(long rows, long subjects, long items, int parameters, int rules, Set<RandomFactor> random) {

    /** The Java virtual machine's and cmsim's own needs, before any data. */
    static final long BASE_BYTES = 32L << 20;
    /** The rows as read and their sums, kept from reading to writing. */
    static final long KEPT_BYTES_PER_ROW = 400;
    /** The rows, and the data frames that sum them while they do. */
    static final long SUMMING_BYTES_PER_ROW = 800;
    /** The rows, and the mixed model's data frame and cells while they are built. */
    static final long MIXED_BYTES_PER_ROW = 1050;
    static final long BYTES_PER_SUBJECT_RULE_PARAMETER = 250;

    public FitMemory {
        random = Set.copyOf(random);
    }

    /** The sizes that decide the memory of fitting {@code data} as {@code request} asks. */
    static FitMemory of(ChoiceData data, List<Cue> cues, ChoiceFitStudy.Request request) {
        Set<String> subjects = new HashSet<>();
        Set<String> items = new HashSet<>();
        Set<Stimulus> stimuli = new HashSet<>();
        for (ChoiceRow row : data.rows()) {
            if (row.subject() != null) {
                subjects.add(row.subject());
            }
            if (row.item() != null) {
                items.add(row.item());
            }
            stimuli.add(row.stimulus());
        }
        int parameters = Design.of(List.copyOf(stimuli), cues).parameterCount();
        return new FitMemory(data.rows().size(), subjects.size(), items.size(), parameters, request.rules().size(),
                request.random());
    }

    /** The estimated peak of the heap, in bytes: the largest of reading, the mixed model and the subjects' fits. */
    public long bytes() {
        double k = parameters;
        double summing = (double) rows * SUMMING_BYTES_PER_ROW;
        double subjectFits = (double) rows * KEPT_BYTES_PER_ROW
                + subjects * rules * k * BYTES_PER_SUBJECT_RULE_PARAMETER;
        double mixed = 0;
        if (!random.isEmpty()) {
            mixed = (double) rows * MIXED_BYTES_PER_ROW;
            if (random.contains(RandomFactor.SUBJECT)) {
                // each subject's k x k block (k arrays), its modes, gradient and Newton step
                mixed += subjects * (8 * k * k + 72 * k + 100);
            }
            if (random.contains(RandomFactor.ITEM)) {
                // the items' dense Schur complement, and at most one subject-by-item block of k per row
                mixed += 8.0 * items * items + 64.0 * items + rows * (16 + 8 * k);
            }
        }
        double total = BASE_BYTES + Math.max(summing, Math.max(subjectFits, mixed));
        return total >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) total;
    }

    /** Refuses, naming {@code file}, a fit that would not fit in {@code heapBytes}. */
    void require(Path file, long heapBytes) throws InputException {
        long needed = bytes();
        if (needed > heapBytes) {
            String who = (subjects > 0 ? ", " + subjects + " subjects" : "")
                    + (random.contains(RandomFactor.ITEM) ? ", " + items + " items" : "");
            String mixed = random.isEmpty() ? "" : " with random " + String.join(" and ",
                    random.stream().sorted().map(RandomFactor::column).toList()) + " effects";
            throw InputException.in(file, "fitting %d choice rows%s%s needs about %s of Java heap, and this Java has"
                    + " %s; give it more (CMSIM_JAVA_OPTS=-Xmx%dg ./cmsim ...) or fit less data", rows, who, mixed,
                    size(needed), size(heapBytes), Math.max(1, (long) Math.ceil(needed * 1.25 / (1L << 30))));
        }
    }

    /** Bytes as people read them: 1.5 GB, 300 MB. */
    static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%d MB", Math.max(1, Math.round(bytes / (double) (1L << 20))));
    }
}
