package org.cmsim.conllu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the active transitive clauses of a sentence by the clause rules, version 2 (issue 10), one
 * method each:
 * <ol>
 *   <li>{@link #clause}: a candidate is a token with UPOS VERB that has exactly one dependent whose
 *       DEPREL is nsubj or a subtype of it other than nsubj:pass, and exactly one whose DEPREL is obj
 *       or a subtype of it; both have UPOS NOUN, PROPN or PRON;</li>
 *   <li>{@link #notAnEvent}: left out, each under its own {@link SkipReason}: (a) the object has
 *       Reflex=Yes ("sich aussprechen"); (b) the pair (subject lemma, verb lemma) is in the language's
 *       expletive table ({@link LanguageTables}, German "es gibt");</li>
 *   <li>{@link FiniteVerb#of}: the finite verb is the first finite aux of the VERB in surface order,
 *       else the VERB when it is finite or has Person, else none;</li>
 *   <li>{@link #order}: NVN, NNV or VNN from the positions of the two nouns and the finite verb (the
 *       VERB when there is none), or of the VERB under {@link OrderRule#LEXICAL};</li>
 *   <li>{@link FiniteVerb#features}: the verb's number and person are the finite verb's; none means
 *       unknown;</li>
 *   <li>{@link NounFeatures}: a noun with a conj dependent has number pl; the other noun features.</li>
 * </ol>
 * n1 is the argument with the smaller id; the agent is the slot of the nsubj argument.
 */
public final class ClauseExtractor {

    public static final List<String> NOUN_FEATURES = List.of("animacy", "case", "gender", "number", "person",
            "marker", "clitic");
    public static final List<String> VERB_FEATURES = List.of("number", "person");
    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "PRON");

    /** Either a clause or the reason a VERB token is not one. */
    public record Outcome(Clause clause, SkipReason reason) {
    }

    private final String language;
    private final AnimacyResolver animacy;
    private final OrderRule orderRule;

    public ClauseExtractor(String language, AnimacyResolver animacy, OrderRule orderRule) {
        this.language = language;
        this.animacy = animacy;
        this.orderRule = orderRule;
    }

    /** One outcome per VERB token of the sentence, in token order. */
    public List<Outcome> extract(List<Token> tokens) {
        List<Outcome> outcomes = new ArrayList<>(2);
        for (Token verb : tokens) {
            if (verb.upos().equals("VERB")) {
                outcomes.add(clause(verb, tokens));
            }
        }
        return outcomes;
    }

    /** Rule 1, then rule 2, then the clause in corpus form (rules 3 to 6). */
    private Outcome clause(Token verb, List<Token> tokens) {
        Token subject = null;
        Token object = null;
        int subjects = 0;
        int objects = 0;
        boolean passive = false;
        for (Token dependent : tokens) {
            if (dependent.head() != verb.id()) {
                continue;
            }
            if (isActiveSubject(dependent)) {
                subject = subjects++ == 0 ? dependent : subject;
            } else if (dependent.deprel().equals("nsubj:pass")) {
                passive = true;
            } else if (isObject(dependent)) {
                object = objects++ == 0 ? dependent : object;
            }
        }
        if (subjects == 0) {
            return skipped(passive ? SkipReason.PASSIVE_SUBJECT : SkipReason.NO_SUBJECT);
        }
        if (subjects > 1) {
            return skipped(SkipReason.SEVERAL_SUBJECTS);
        }
        if (objects == 0) {
            return skipped(SkipReason.NO_OBJECT);
        }
        if (objects > 1) {
            return skipped(SkipReason.SEVERAL_OBJECTS);
        }
        if (!NOMINAL.contains(subject.upos()) || !NOMINAL.contains(object.upos())) {
            return skipped(SkipReason.ARGUMENT_NOT_NOMINAL);
        }
        SkipReason notAnEvent = notAnEvent(subject, verb, object);
        if (notAnEvent != null) {
            return skipped(notAnEvent);
        }
        Token n1 = subject.id() < object.id() ? subject : object;
        Token n2 = n1 == subject ? object : subject;
        Token finite = FiniteVerb.of(verb, tokens);
        Token orderVerb = orderRule == OrderRule.FINITE && finite != null ? finite : verb;
        return new Outcome(new Clause(order(n1, orderVerb, n2),
                NounFeatures.of(language, n1, verb, tokens, animacy), FiniteVerb.features(finite),
                NounFeatures.of(language, n2, verb, tokens, animacy), n1 == subject ? "n1" : "n2", n1, n2), null);
    }

    /** Rule 2: a reflexive object, or an expletive subject; null for an agent-patient clause. */
    SkipReason notAnEvent(Token subject, Token verb, Token object) {
        if ("Yes".equals(object.feat("Reflex"))) {
            return SkipReason.REFLEXIVE_OBJECT;
        }
        return LanguageTables.isExpletive(language, subject, verb) ? SkipReason.EXPLETIVE_SUBJECT : null;
    }

    private static Outcome skipped(SkipReason reason) {
        return new Outcome(null, reason);
    }

    /** nsubj or a subtype of it other than nsubj:pass. */
    static boolean isActiveSubject(Token token) {
        return token.hasBaseRelation("nsubj") && !token.deprel().equals("nsubj:pass");
    }

    /** obj or a subtype of it. */
    static boolean isObject(Token token) {
        return token.hasBaseRelation("obj");
    }

    /** Rule 4: the order of n1, n2 (n1 first by definition) and the verb token the order is read from. */
    static String order(Token n1, Token verb, Token n2) {
        if (n1.id() < verb.id() && verb.id() < n2.id()) {
            return "NVN";
        }
        return n2.id() < verb.id() ? "NNV" : "VNN";
    }
}
