package org.cmsim.study;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cmsim.competition.RandomStructure;
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
 * built, and its modes a q x q block per level of the factor with the most random effects (q its effects per
 * level: k, the rule's parameters, for the list form's subject slopes) and, with a second factor, a dense block
 * as large as that factor's effects squared (items x items for random item intercepts), which for many items
 * outgrows everything else; each cell keeps its row of Z Lambda, its effects' places and their slots, about 16
 * bytes per effect. Each subject's own fits keep about 250 bytes per rule and
 * parameter. The stages follow one another, so the estimate is the largest of them; on the data it was measured
 * on it errs on the large side, by about a tenth.
 */
public record FitMemory(long rows, long subjects, long items, int parameters, int rules, RandomStructure random) {

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
        java.util.Objects.requireNonNull(random, "random");
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
            // The factor with the most effects makes the blocks; the others' effects the dense part.
            double[] levels = new double[random.factors().size()];
            double[] perLevel = new double[levels.length];
            int width = 0;
            for (RandomStructure.Term term : random.terms()) {
                int f = random.factors().indexOf(term.factor());
                levels[f] = term.factor().equals("subject") ? subjects : items;
                perLevel[f] += term.size(parameters);
                width += term.size(parameters);
            }
            int primary = 0;
            double secondary = 0;
            for (int f = 0; f < levels.length; f++) {
                primary = levels[f] * perLevel[f] > levels[primary] * perLevel[primary] ? f : primary;
            }
            for (int f = 0; f < levels.length; f++) {
                secondary += f == primary ? 0 : levels[f] * perLevel[f];
            }
            double q = perLevel[primary];
            // each level's q x q block (q arrays), its modes, gradient and Newton step
            mixed += levels[primary] * (8 * q * q + 72 * q + 100);
            if (secondary > 0) {
                // the dense Schur complement, and at most one block of q per row for the effects a level met
                mixed += 8.0 * secondary * secondary + 64.0 * secondary + rows * (16 + 8 * q);
            }
            // each cell's row of Z Lambda (doubles), its effects' places and slots (ints), three arrays
            mixed += rows * (16.0 * width + 48);
        }
        double total = BASE_BYTES + Math.max(summing, Math.max(subjectFits, mixed));
        return total >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) total;
    }

    /** Refuses, naming {@code file}, a fit that would not fit in {@code heapBytes}. */
    void require(Path file, long heapBytes) throws InputException {
        long needed = bytes();
        if (needed > heapBytes) {
            String who = (subjects > 0 ? ", " + subjects + " subjects" : "")
                    + (random.factors().contains("item") ? ", " + items + " items" : "");
            String mixed = random.isEmpty() ? "" : " with random " + String.join(" and ", random.factors())
                    + " effects";
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
