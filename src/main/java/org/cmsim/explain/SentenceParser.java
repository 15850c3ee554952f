package org.cmsim.explain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cmsim.io.InputException;
import org.cmsim.listener.CaseMarkers;
import org.cmsim.listener.Lexicon;
import org.cmsim.listener.Role;
import org.cmsim.listener.Word;
import org.cmsim.model.Order;

/**
 * Reads a simple transitive sentence: two noun phrases and a verb, in any order. Each word may have
 * several parts of speech in the lexicon; the parser tries every combination of roles and keeps the
 * most frequent one (the product of each reading's share of its form's count) that forms one clause:
 * <ul>
 *   <li>exactly one verb; auxiliaries, adverbs and particles anywhere;</li>
 *   <li>noun phrases are runs of case markers, determiners, adjectives and one noun: a preposition,
 *       determiner or noun after the noun starts the next phrase, an adjective after it stays (Romance
 *       "il cane nero"); a postposition (Japanese が, を, は, も: {@link CaseMarkers}) ends its noun's
 *       phrase;</li>
 *   <li>exactly two noun phrases, every one with its noun; the order (NVN, NNV, VNN) is where the
 *       verb stands among the two nouns.</li>
 * </ul>
 * A word the lexicon (and, for English, WordNet) does not know may be a noun or the verb.
 */
public final class SentenceParser {

    /** Longer sentences are not one simple clause, and 2^n combinations would be slow to try. */
    static final int MAX_WORDS = 14;

    /** A noun phrase: its noun, the determiners and case markers before it, its adjectives. */
    public record NounPhrase(Word noun, List<Word> determiners, List<Word> markers, List<Word> adjectives) {
        public NounPhrase {
            determiners = List.copyOf(determiners);
            markers = List.copyOf(markers);
            adjectives = List.copyOf(adjectives);
        }
    }

    /** A parsed clause: order, the two noun phrases, the verb and its auxiliaries, and the words read past. */
    public record Clause(String sentence, Order order, NounPhrase n1, Word verb, List<Word> auxiliaries,
                         NounPhrase n2, List<Word> words) {
        public Clause {
            auxiliaries = List.copyOf(auxiliaries);
            words = List.copyOf(words);
        }
    }

    private final WordFinder finder;
    private final CaseMarkers markers;

    /** A parser for a language whose role-marking adpositions are {@code markers}. */
    public SentenceParser(WordFinder finder, CaseMarkers markers) {
        this.finder = finder;
        this.markers = markers;
    }

    /** The sentence's lower-cased word forms ({@link Tokenizer}). */
    public List<String> tokens(String sentence) {
        return new Tokenizer(finder.lexicon(), markers.contractions()).tokens(sentence);
    }

    public Clause parse(String sentence) throws InputException {
        List<String> tokens = tokens(sentence);
        if (tokens.isEmpty()) {
            throw InputException.written("sentence", "it is empty: give a clause such as \"the pencil kicks the cow\"");
        }
        if (tokens.size() > MAX_WORDS) {
            throw InputException.written("sentence", tokens.size() + " words is more than one simple clause (at most "
                    + MAX_WORDS + ")");
        }
        List<Map<Role, Word>> options = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            options.add(readings(i, tokens.get(i)));
        }
        Search search = new Search(options, markers);
        search.run(0, new Word[tokens.size()], 1.0);
        if (search.best == null) {
            throw InputException.written("sentence \"" + Text.strip(sentence) + "\"", search.bestFailure);
        }
        return search.best.clause(Text.strip(sentence));
    }

    /** The roles a word can play, each with the lexicon's analyses for it; an unknown word may be a noun or verb. */
    private Map<Role, Word> readings(int position, String form) throws InputException {
        WordFinder.Lookup lookup = finder.lookUp(form);
        Map<Role, Word> byRole = new EnumMap<>(Role.class);
        if (lookup.source() == Word.Source.UNKNOWN) {
            byRole.put(Role.NOUN, new Word(position, form, Role.NOUN, List.of(), Word.Source.UNKNOWN));
            byRole.put(Role.VERB, new Word(position, form, Role.VERB, List.of(), Word.Source.UNKNOWN));
            return byRole;
        }
        Map<Role, List<Lexicon.Analysis>> grouped = new EnumMap<>(Role.class);
        for (Lexicon.Analysis a : lookup.analyses()) {
            Role role = a.upos().equals("ADP") && markers.marks(a.lemma()) ? Role.MARKER
                    : Role.of(a.upos());
            grouped.computeIfAbsent(role, r -> new ArrayList<>()).add(a);
        }
        if (grouped.keySet().stream().allMatch(r -> r == Role.OTHER)) {
            String upos = String.join("/", lookup.analyses().stream().map(Lexicon.Analysis::upos).distinct().toList());
            throw InputException.written("sentence word " + (position + 1) + " '" + form + "'",
                    "it is " + Role.OTHER.description() + " (" + upos + "): explain reads one simple clause, two nouns"
                            + " and a verb with their determiners, adjectives and auxiliaries; coordination,"
                            + " prepositional phrases and subordinate clauses are beyond it");
        }
        grouped.remove(Role.OTHER);
        grouped.forEach((role, analyses) -> byRole.put(role,
                new Word(position, form, role, analyses, lookup.source())));
        return byRole;
    }

    /**
     * Share of a form's tokens that a role has; an unknown word's guesses weigh little. The word list
     * gives each analysis the count of its form in its part of speech, so a part of speech counts once.
     */
    private static double share(Word word, Map<Role, Word> all) {
        if (!word.known()) {
            return 1e-6;
        }
        long total = 0;
        for (Word w : all.values()) {
            total += tokens(w);
        }
        return tokens(word) / (double) total;
    }

    private static long tokens(Word word) {
        Map<String, Long> byUpos = new java.util.HashMap<>();
        for (Lexicon.Analysis a : word.analyses()) {
            byUpos.merge(a.upos(), a.count(), Math::max);
        }
        return byUpos.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Depth-first over role combinations, keeping the most probable valid clause. */
    private static final class Search {
        private final List<Map<Role, Word>> options;
        private Candidate best;
        private double bestScore = -1;
        private String bestFailure = "no reading found";
        private double bestFailureScore = -1;
        private final CaseMarkers markers;

        Search(List<Map<Role, Word>> options, CaseMarkers markers) {
            this.options = options;
            this.markers = markers;
        }

        void run(int i, Word[] chosen, double score) {
            if (i == chosen.length) {
                Candidate candidate = Candidate.of(chosen, markers);
                if (candidate.failure == null && score > bestScore) {
                    best = candidate;
                    bestScore = score;
                } else if (candidate.failure != null && score > bestFailureScore) {
                    bestFailure = candidate.failure;
                    bestFailureScore = score;
                }
                return;
            }
            for (Word word : options.get(i).values()) {
                chosen[i] = word;
                run(i + 1, chosen, score * share(word, options.get(i)));
            }
        }
    }

    /** One assignment of roles, checked against the clause rules; {@code failure} says why it is not one. */
    private record Candidate(List<Word> words, List<NounPhrase> phrases, Word verb, List<Word> auxiliaries,
                             String failure) {

        static Candidate of(Word[] chosen, CaseMarkers markers) {
            List<Word> words = List.of(chosen.clone());
            List<Word> verbs = words.stream().filter(w -> w.role() == Role.VERB).toList();
            List<Word> auxiliaries = words.stream().filter(w -> w.role() == Role.AUXILIARY).toList();
            List<NounPhrase> phrases = new ArrayList<>();
            String failure = phrases(words, markers, phrases);
            if (failure == null && verbs.isEmpty()) {
                failure = "it has no verb (" + describe(words) + ")";
            } else if (failure == null && verbs.size() > 1) {
                failure = "it has " + verbs.size() + " verbs (" + forms(verbs) + "): explain reads one clause";
            } else if (failure == null && phrases.size() != 2) {
                failure = "it has " + phrases.size() + (phrases.size() == 1 ? " noun" : " nouns")
                        + (phrases.isEmpty() ? "" : " (" + forms(phrases.stream().map(NounPhrase::noun).toList()) + ")")
                        + ": a transitive clause needs two, the agent and the patient";
            }
            return new Candidate(words, phrases, verbs.isEmpty() ? null : verbs.get(0), auxiliaries, failure);
        }

        /**
         * Groups determiners, markers, adjectives and nouns into phrases; returns why not, or null. A
         * preposition opens the next phrase; a postposition (Japanese) closes the phrase of the noun
         * before it.
         */
        private static String phrases(List<Word> words, CaseMarkers caseMarkers, List<NounPhrase> phrases) {
            List<Word> determiners = new ArrayList<>();
            List<Word> markers = new ArrayList<>();
            List<Word> adjectives = new ArrayList<>();
            Word noun = null;
            boolean postposition = caseMarkers.placement() == CaseMarkers.Placement.AFTER_NOUN;
            for (Word w : words) {
                if (postposition && w.role() == Role.MARKER) {
                    if (noun == null) {
                        return "'" + w.form() + "' has no noun before it";
                    }
                    markers.add(w);
                    continue;
                }
                boolean startsNext = noun != null && (w.role() == Role.DETERMINER || w.role() == Role.NOUN
                        || w.role() == Role.MARKER || (postposition && !markers.isEmpty())
                        || (w.role() == Role.ADJECTIVE && !caseMarkers.adjectivesAfterNoun()));
                boolean breaks = w.role() == Role.VERB || w.role() == Role.AUXILIARY || w.role() == Role.ADVERB;
                if (startsNext || breaks) {
                    String failure = close(noun, determiners, markers, adjectives, phrases);
                    if (failure != null) {
                        return failure;
                    }
                    noun = null;
                    determiners.clear();
                    markers.clear();
                    adjectives.clear();
                }
                switch (w.role()) {
                    case DETERMINER -> determiners.add(w);
                    case MARKER -> markers.add(w);
                    case ADJECTIVE -> adjectives.add(w);
                    case NOUN -> noun = w;
                    default -> { }
                }
            }
            return close(noun, determiners, markers, adjectives, phrases);
        }

        private static String close(Word noun, List<Word> determiners, List<Word> markers, List<Word> adjectives,
                                    List<NounPhrase> phrases) {
            if (noun == null && !(determiners.isEmpty() && markers.isEmpty() && adjectives.isEmpty())) {
                List<Word> loose = new ArrayList<>(markers);
                loose.addAll(determiners);
                loose.addAll(adjectives);
                return "'" + forms(loose) + "' has no noun with it";
            }
            if (noun != null) {
                phrases.add(new NounPhrase(noun, determiners, markers, adjectives));
            }
            return null;
        }

        Clause clause(String sentence) {
            NounPhrase first = phrases.get(0);
            NounPhrase second = phrases.get(1);
            int v = verb.position();
            Order order = v < first.noun().position() ? Order.VNN
                    : v < second.noun().position() ? Order.NVN : Order.NNV;
            return new Clause(sentence, order, first, verb, auxiliaries, second, words);
        }
    }

    private static String forms(List<Word> words) {
        return String.join(" ", words.stream().map(Word::form).toList());
    }

    private static String describe(List<Word> words) {
        return String.join(", ", words.stream().map(w -> w.form() + ": " + w.role().description()).toList());
    }
}
