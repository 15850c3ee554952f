package org.cmsim.conllu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.cmsim.io.Table;
import org.cmsim.listener.FormAnalysis;
import org.cmsim.listener.LanguageForms;
import org.cmsim.listener.Lexicon.Analysis;
import org.cmsim.listener.MorphologicalDictionary;
import org.cmsim.listener.Role;
import org.cmsim.listener.SerboCroatianParadigms;

/**
 * Counts the word forms of the treebanks and makes the word list the listener's reader reads them
 * with: per form (lower-cased) and part of speech, the analyses the form allows.
 * <ul>
 *   <li>Where the language has a morphological dictionary ({@link MorphologicalDictionary}:
 *       LanguageTool's), the dictionary's analyses of the form in that part of speech (German "die" as a
 *       determiner: nominative or accusative, feminine singular or plural).</li>
 *   <li>Otherwise (no dictionary for the language, or a form it does not know), the union of the
 *       analyses the form has anywhere in the treebanks, without the readings that are annotation
 *       slips: a reading with less than {@link #NOISE_SHARE} of the form's tokens in that part of speech
 *       (3 of 840 English "him" are marked nominative), a misspelling (Typo=Yes), and readings without
 *       morphology where others have some (treebanks that annotate none). In a language that has a
 *       dictionary, a noun it does not know takes no case from the treebank, whose Case is the annotator's
 *       reading of the sentence: its determiner decides. Serbian and Croatian forms also get the cases
 *       their paradigms always give them ({@link SerboCroatianParadigms}).</li>
 * </ul>
 * Animacy: for a noun or proper noun, the value the import's animacy sources give most of its tokens
 * (ties unknown); for a pronoun analysis, what the form tells: 1st and 2nd person are animate, a 3rd
 * person form only where the language's pronoun table says so (English he, she); otherwise unknown.
 * A part of speech a form rarely has in its role is left out ({@link #RARE_PART_OF_SPEECH}).
 * Punctuation, symbols, numbers and unanalysed words (PUNCT, SYM, NUM, X) are left out. {@code count}
 * is the number of tokens of the form in that part of speech, the same on each of its analyses.
 */
public final class WordListBuilder {

    public static final String HEADER = "form,lemma,upos,feats,animacy,count";
    /** Readings below this share of a form's tokens in one part of speech are annotation slips. */
    public static final double NOISE_SHARE = 0.02;
    /**
     * A part of speech a form has in fewer than this share of its tokens in one role is left out (German
     * "Mann" 17 times a noun, once a proper noun, Thomas Mann): the role's reading is the noun's.
     */
    public static final double RARE_PART_OF_SPEECH = 0.1;
    /** The UD features the cues are read from. */
    static final List<String> MORPHOLOGY = List.of("Case", "Number", "Gender", "Person", "VerbForm");
    private static final Set<String> LEFT_OUT = Set.of("PUNCT", "SYM", "X", "NUM");
    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN");
    private static final Set<String> VERBAL = Set.of("VERB", "AUX");

    /** Tokens of one form in one part of speech: count, each annotated reading, animacy votes. */
    private static final class Counts {
        long tokens;
        final Map<String, long[]> readings = new TreeMap<>();
        final Map<String, String> lemmas = new HashMap<>();
        final Map<String, long[]> animacy = new TreeMap<>();
    }

    private final String language;
    private final AnimacyResolver animacy;
    private final Map<List<String>, Counts> counts = new HashMap<>();

    /** {@code animacy} should be a resolver of its own, so that the import's counts of argument nouns stay apart. */
    public WordListBuilder(String language, AnimacyResolver animacy) {
        this.language = language;
        this.animacy = animacy;
    }

    /** Counts the words of one sentence. */
    public void add(List<Token> tokens) {
        for (Token token : tokens) {
            if (LEFT_OUT.contains(token.upos())) {
                continue;
            }
            List<String> key = List.of(LanguageForms.normalised(token.form()), token.upos());
            Counts c = counts.computeIfAbsent(key, k -> new Counts());
            c.tokens++;
            String feats = token.feats().equals("_") ? "" : token.feats();
            c.readings.computeIfAbsent(feats, f -> new long[1])[0]++;
            c.lemmas.putIfAbsent(feats, token.lemma());
            if (NOMINAL.contains(token.upos())) {
                String resolved = animacy.animacy(token, NounFeatures.annotatedAnimacy(token), tokens);
                if (resolved != null) {
                    c.animacy.computeIfAbsent(resolved, a -> new long[1])[0]++;
                }
            }
        }
    }

    /** The word list: every counted form with the analyses it allows. */
    public org.cmsim.listener.Lexicon wordList() {
        Optional<MorphologicalDictionary> dictionary = org.cmsim.model.Language.ofCode(language)
                .flatMap(MorphologicalDictionary::of);
        List<Analysis> rows = new ArrayList<>();
        List<List<String>> keys = new ArrayList<>(counts.keySet());
        keys.sort(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        Map<List<Object>, Long> byRole = new HashMap<>();
        for (List<String> key : keys) {
            byRole.merge(List.of(key.get(0), Role.of(key.get(1))), counts.get(key).tokens, Long::sum);
        }
        for (List<String> key : keys) {
            long role = byRole.get(List.of(key.get(0), Role.of(key.get(1))));
            if (counts.get(key).tokens >= RARE_PART_OF_SPEECH * role) {
                rows.addAll(analyses(key.get(0), key.get(1), counts.get(key), dictionary));
            }
        }
        return org.cmsim.listener.Lexicon.built("the import's word list", rows);
    }

    private List<Analysis> analyses(String form, String upos, Counts c, Optional<MorphologicalDictionary> dictionary) {
        String nounAnimacy = NOMINAL.contains(upos) ? majority(c.animacy) : null;
        List<Analysis> out = new ArrayList<>();
        if (dictionary.isPresent()) {
            for (FormAnalysis a : dictionary.get().analyses(form)) {
                if (sameGroup(upos, a.upos())) {
                    Analysis row = new Analysis(form, a.lemma(), upos, a.feats(),
                            animacy(upos, a.feats(), form, nounAnimacy), c.tokens);
                    if (!out.contains(row)) {
                        out.add(row);
                    }
                }
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        List<Map<String, String>> readings = new ArrayList<>();
        List<String> lemmas = new ArrayList<>();
        for (Map.Entry<String, long[]> reading : withoutSlips(c)) {
            Map<String, String> feats = new LinkedHashMap<>(org.cmsim.listener.Lexicon.feats(reading.getKey()));
            if (dictionary.isPresent() && NOMINAL.contains(upos)) {
                // the treebank's Case of a noun is the annotator's reading of its sentence, not what the form
                // allows: where the dictionary does not know the noun, its determiner decides ("die
                // Wassertröpfchen": nominative or accusative), as for a listener meeting a new word
                feats.remove("Case");
            }
            readings.add(feats);
            lemmas.add(c.lemmas.get(reading.getKey()));
        }
        if (SerboCroatianParadigms.covers(language)) {
            // the treebank shows a rare form in few of the cases its paradigm gives it; an added analysis
            // takes the lemma of the form's first reading
            readings = SerboCroatianParadigms.expand(form, upos, readings);
        }
        for (int i = 0; i < readings.size(); i++) {
            Map<String, String> feats = readings.get(i);
            String lemma = i < lemmas.size() ? lemmas.get(i) : lemmas.get(0);
            Analysis row = new Analysis(form, lemma, upos, feats, animacy(upos, feats, form, nounAnimacy), c.tokens);
            if (!out.contains(row)) {
                out.add(row);
            }
        }
        return out;
    }

    /** The treebank readings that are not annotation slips (see the class comment). */
    private static List<Map.Entry<String, long[]>> withoutSlips(Counts c) {
        boolean someMorphology = c.readings.keySet().stream().anyMatch(WordListBuilder::hasMorphology);
        List<Map.Entry<String, long[]>> kept = new ArrayList<>();
        for (Map.Entry<String, long[]> reading : c.readings.entrySet()) {
            Map<String, String> feats = org.cmsim.listener.Lexicon.feats(reading.getKey());
            if (!"Yes".equals(feats.get("Typo")) && reading.getValue()[0] >= NOISE_SHARE * c.tokens
                    && (!someMorphology || hasMorphology(reading.getKey()))) {
                kept.add(reading);
            }
        }
        return kept.isEmpty() ? new ArrayList<>(c.readings.entrySet()) : kept;
    }

    private static boolean hasMorphology(String feats) {
        Map<String, String> map = org.cmsim.listener.Lexicon.feats(feats);
        return MORPHOLOGY.stream().anyMatch(map::containsKey);
    }

    /** A treebank part of speech and a dictionary's play the same role in a clause. */
    static boolean sameGroup(String treebank, String dictionary) {
        if (VERBAL.contains(treebank) && VERBAL.contains(dictionary)) {
            return true;   // dictionaries tell auxiliaries from verbs unevenly ("podría", "heeft")
        }
        return Role.of(treebank) == Role.of(dictionary) && (Role.of(treebank) != Role.NOUN
                || treebank.equals("PRON") == dictionary.equals("PRON"))
                || Role.of(treebank) == Role.OTHER && treebank.equals(dictionary);
    }

    private String animacy(String upos, Map<String, String> feats, String form, String nounAnimacy) {
        if (!upos.equals("PRON")) {
            String marked = feats.get("Animacy");
            if ("Anim".equals(marked)) {
                return "animate";
            }
            return "Inan".equals(marked) ? "inanimate" : nounAnimacy;
        }
        String person = feats.get("Person");
        if ("1".equals(person) || "2".equals(person)) {
            return "animate";
        }
        return PronounAnimacy.animacy(language, form);
    }

    /** The value most tokens have, or null on a tie or none. */
    private static String majority(Map<String, long[]> votes) {
        String best = null;
        long most = 0;
        boolean tie = false;
        for (Map.Entry<String, long[]> vote : votes.entrySet()) {
            long n = vote.getValue()[0];
            if (n > most) {
                best = vote.getKey();
                most = n;
                tie = false;
            } else if (n == most) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** The word list as CSV, header first, rows by form, part of speech and feats, cells quoted as RFC 4180 requires. */
    public static String csv(org.cmsim.listener.Lexicon wordList) {
        List<Analysis> rows = new ArrayList<>();
        for (String form : wordList.forms()) {
            rows.addAll(wordList.analyses(form));
        }
        rows.sort(Comparator.comparing(Analysis::form).thenComparing(Analysis::upos)
                .thenComparing(a -> feats(a.feats())).thenComparing(Analysis::lemma));
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Analysis a : rows) {
            out.append(Table.quote(a.form())).append(',').append(Table.quote(a.lemma())).append(',')
                    .append(Table.quote(a.upos())).append(',').append(Table.quote(feats(a.feats()))).append(',')
                    .append(a.animacy() == null ? "" : a.animacy()).append(',').append(a.count()).append('\n');
        }
        return out.toString();
    }

    /** FEATS text, features in alphabetical order as UD writes them. */
    static String feats(Map<String, String> feats) {
        List<String> pairs = new ArrayList<>();
        new TreeMap<>(feats).forEach((k, v) -> pairs.add(k + "=" + v));
        return String.join("|", pairs);
    }

    /** How many distinct (form, part of speech) pairs were counted. */
    public int size() {
        return counts.size();
    }
}
