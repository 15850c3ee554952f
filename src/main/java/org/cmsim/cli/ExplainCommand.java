package org.cmsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cmsim.competition.RuleReading;
import org.cmsim.explain.Explainer;
import org.cmsim.explain.Explanation;
import org.cmsim.explain.ExplanationJson;
import org.cmsim.explain.FeatureReader;
import org.cmsim.io.InputException;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.Table;
import org.cmsim.model.Slot;
import org.cmsim.output.ListenerCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        header = "How each model reads one sentence: nouns, features, cue directions, terms and P(n1).",
        description = {"Reads one simple transitive sentence (two nouns and a verb, with determiners, adjectives and"
                + " auxiliaries) in a language of the run, finds each word's features in the lexicon the treebank"
                + " import built (WordNet for English words it lacks), and shows each cue's direction and why, every"
                + " rule's terms, their sum and P(n1) (n1 = the first noun is the agent), and the attention head's"
                + " weights on the two nouns and its P(n1).",
            "Without --run the listeners are those of the shipped default run, fitted to the shipped corpus on the"
                + " spot with the config's seed (the same numbers cmsim run writes; a few seconds the first time),"
                + " then kept in the user's cache ($XDG_CACHE_HOME/cmsim, else ~/.cache/cmsim) for the next"
                + " explanation of the same corpus and settings.",
            "Example: cmsim explain \"the pencil kicks the cow\" --language english",
            "         cmsim explain \"der Hund sieht die Katze\" --language german --json",
            "         cmsim explain \"本を先生が読んだ\" --language japanese   (typed without spaces)",
            "         cmsim explain \"el perro ve al niño\" --language spanish",
            "         cmsim explain \"the blicket kicks the cow\" --language english --feature n1.animacy=inanimate"})
final class ExplainCommand implements Callable<Integer> {

    /** The column where each listener's equation starts ("multiplicative: ", "attention head: "). */
    private static final int LABEL_WIDTH = 16;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SENTENCE", description = "The sentence, in quotes.")
    String sentence;

    @Option(names = "--language", required = true, paramLabel = "L", description = "Language of the run, by name or ISO 639-1 code (english or en, german or de, ...; without --run any shipped config: spanish, dutch,"
            + " japanese, serbian, croatian too).")
    String language;

    @Option(names = "--run", paramLabel = "DIR", description = "A directory cmsim run wrote: use its strengths and heads.")
    Path run;

    @Option(names = "--json", description = "Print one JSON object instead of tables.")
    boolean json;

    @Option(names = "--feature", paramLabel = "SLOT.FEATURE=VALUE",
            description = "Give or override a feature by hand, e.g. n2.animacy=animate (repeatable).")
    List<String> features = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        requireReadableText("SENTENCE", sentence);
        for (String feature : features) {
            requireReadableText("--feature", feature);
        }
        Explainer explainer = Explainer.forLanguage(language, Optional.ofNullable(run),
                ListenerCache.defaultCache(Version.current()));
        Explanation e = explainer.explain(sentence, features);
        if (json) {
            spec.commandLine().getOut().print(OutputDirectory.jsonText(ExplanationJson.of(e)));
        } else {
            spec.commandLine().getOut().print(text(e));
        }
        return Main.EXIT_OK;
    }

    /**
     * Java decodes the command line with the system's encoding and puts U+FFFD where bytes do not decode (invalid
     * UTF-8, or any non-ASCII word under a C or POSIX locale); reading on would explain some other sentence.
     */
    static void requireReadableText(String what, String text) throws InputException {
        int bad = text.indexOf('\uFFFD');
        if (bad >= 0) {
            String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
            throw InputException.about(what, "character %d cannot be read as %s text (bytes that do not decode);"
                    + " give it in UTF-8%s", bad + 1, encoding, encoding.equalsIgnoreCase("UTF-8") ? ""
                    : " and run under a UTF-8 locale, e.g. LANG=C.UTF-8");
        }
    }

    static String text(Explanation e) {
        StringBuilder out = new StringBuilder();
        out.append('"').append(e.sentence()).append("\" read by a listener of ").append(e.language())
                .append(" (").append(e.source()).append(")\n");
        out.append("order ").append(e.reading().stimulus().order()).append(": n1 '").append(e.reading().n1().word())
                .append("', v '").append(e.reading().v().word()).append("', n2 '").append(e.reading().n2().word())
                .append("'\n\n");
        List<String> columns = new ArrayList<>(List.of("slot", "word"));
        columns.addAll(e.reading().n1().values().keySet());
        Table words = new Table(columns);
        for (Slot slot : Slot.values()) {
            FeatureReader.SlotReading r = e.reading().slot(slot);
            List<Object> cells = new ArrayList<>(List.of(slot.label(), r.word()));
            for (String feature : e.reading().n1().values().keySet()) {
                String v = r.values().get(feature);
                cells.add(!r.values().containsKey(feature) ? "" : v == null ? "-" : v);   // a verb has no noun features
            }
            words.add(cells.toArray());
        }
        out.append(words.toText()).append('\n');
        Table cues = new Table("cue", "direction", "why");
        e.cues().forEach(c -> cues.add(c.cue(), c.direction(), c.reason()));
        out.append(cues.toText()).append('\n');
        if (!e.orderNote().isEmpty()) {
            out.append("note: ").append(e.orderNote()).append("\n\n");
        }
        for (Explanation.RuleVerdict rule : e.rules()) {
            out.append(label(rule.rule())).append(reading(rule)).append('\n');
        }
        Explanation.Attention a = e.attention();
        out.append(label("attention head")).append("weights n1 ").append(fmt(a.weightN1())).append(", n2 ").append(fmt(a.weightN2()))
                .append("; P(n1) = ").append(fmt(a.pN1())).append('\n');
        return out.toString();
    }

    /** A listener's name and a colon, padded so that the equations start in one column. */
    private static String label(String listener) {
        StringBuilder label = new StringBuilder(listener).append(": ");
        while (label.length() < LABEL_WIDTH) {
            label.append(' ');
        }
        return label.toString();
    }

    /** A rule's reading as its equation, by the rule's reader. */
    private static String reading(Explanation.RuleVerdict rule) {
        return switch (rule.reader()) {
            case LOGISTIC -> {
                RuleReading.Terms t = (RuleReading.Terms) rule.reading();
                yield "logit P(n1) = " + sum(t.terms()) + " = " + fmt(t.sum()) + "; P(n1) = " + fmt(t.pN1());
            }
            case LINEAR -> {
                RuleReading.Terms t = (RuleReading.Terms) rule.reading();
                yield "P(n1) = 0.5 + (" + sum(t.terms()) + ") / 2 = " + fmt(t.pN1());
            }
            case RANKING -> {
                RuleReading.Decision h = (RuleReading.Decision) rule.reading();
                yield "ranking " + (h.ranking().isEmpty() ? "(order decides)" : String.join(" > ", h.ranking())
                        + " > order") + "; " + h.deciding() + " decides, pointing to "
                        + (h.direction() > 0 ? "n1" : h.direction() < 0 ? "n2" : "neither") + "; lapse "
                        + fmt(h.lapse()) + "; P(n1) = " + fmt(h.pN1());
            }
        };
    }

    private static String sum(Map<String, Double> terms) {
        List<String> parts = new ArrayList<>();
        terms.forEach((name, t) -> parts.add(name + " " + fmt(t)));
        return String.join(" + ", parts).replace("+ -", "- ");
    }

    private static String fmt(double x) {
        return String.format(Locale.ROOT, "%.4f", x);
    }
}
