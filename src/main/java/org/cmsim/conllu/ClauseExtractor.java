package org.cmsim.conllu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.cmsim.listener.LanguageForms;

/**
 * Finds the clauses of a sentence by the clause rules, version 3. The treebank's syntax decides the
 * clause (which verb, which two noun phrases, who is the agent); nothing here reads a cue.
 * <ol>
 *   <li>{@link #clause}: an active clause is a VERB with exactly one nsubj (or subtype other than
 *       nsubj:pass) and exactly one obj (or subtype) dependent; a passive clause is a VERB with exactly
 *       one nsubj:pass, no obj, and exactly one agent phrase: an {@code obl:agent} dependent, or an
 *       {@code obl} whose adposition is the language's agent preposition (English by, German von or
 *       durch, French par, Italian da, Spanish por, Dutch door). The arguments are NOUN, PROPN or PRON.</li>
 *   <li>{@link #notAPatient}: left out, each under its own {@link SkipReason}: a reflexive object
 *       (Reflex=Yes, a reflexive or reciprocal form such as French "se" or Dutch "elkaar", or a 1st or
 *       2nd person object pronoun of the subject's person and number: "ich ... mich"); a se-passive or reflexive verb (a dependent {@code expl:pv} or {@code expl:pass}, or an
 *       expletive with Reflex=Yes: Croatian "mirovina se isplaćuje"); an object in a case other than
 *       the accusative where the treebank marks one (datives and instrumentals labelled obj); an
 *       expletive subject ({@link LanguageTables}).</li>
 *   <li>The noun phrases: a head's det dependents are its determiners, its amod ADJ dependents its
 *       adjectives, its case dependents of UPOS ADP or PART its markers when they mark its role (the
 *       language's role markers, {@link LanguageForms#isRoleMarker}; in a language without a table,
 *       any adposition of an {@code obl:agent} or {@code obl:patient}); a conj dependent makes it
 *       coordinated. The verb group is the VERB and its aux (and cop) dependents: a listener hears "est"
 *       in "est délimité par" whichever label the treebank gives it.</li>
 * </ol>
 * n1 is the argument with the smaller id.
 */
public final class ClauseExtractor {

    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "PRON");
    private static final Set<String> MARKER_UPOS = Set.of("ADP", "PART");

    /** Either a clause or the reason a VERB token is not one. */
    public record Outcome(Clause clause, SkipReason reason) {
    }

    private final String language;

    public ClauseExtractor(String language) {
        this.language = language;
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

    /** Rule 1, then rule 2, then the clause's phrases and verb group (rule 3). */
    private Outcome clause(Token verb, List<Token> tokens) {
        Token subject = null;
        Token object = null;
        Token passiveSubject = null;
        List<Token> agents = new ArrayList<>(1);
        int subjects = 0;
        int objects = 0;
        int passiveSubjects = 0;
        for (Token dependent : tokens) {
            if (dependent.head() != verb.id()) {
                continue;
            }
            if (isActiveSubject(dependent)) {
                subject = subjects++ == 0 ? dependent : subject;
            } else if (dependent.deprel().equals("nsubj:pass")) {
                passiveSubject = passiveSubjects++ == 0 ? dependent : passiveSubject;
            } else if (isObject(dependent)) {
                object = objects++ == 0 ? dependent : object;
            } else if (isAgentPhrase(dependent, tokens)) {
                agents.add(dependent);
            }
        }
        boolean passive = subjects == 0 && passiveSubjects == 1 && objects == 0;
        if (passive) {
            if (agents.isEmpty()) {
                return skipped(SkipReason.PASSIVE_SUBJECT);
            }
            if (agents.size() > 1) {
                return skipped(SkipReason.SEVERAL_SUBJECTS);
            }
            subject = agents.get(0);
            object = passiveSubject;
        } else {
            if (subjects == 0) {
                return skipped(passiveSubjects > 0 ? SkipReason.PASSIVE_SUBJECT : SkipReason.NO_SUBJECT);
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
        }
        if (!NOMINAL.contains(subject.upos()) || !NOMINAL.contains(object.upos())) {
            return skipped(SkipReason.ARGUMENT_NOT_NOMINAL);
        }
        if (!passive) {
            SkipReason notAPatient = notAPatient(subject, verb, object, tokens);
            if (notAPatient != null) {
                return skipped(notAPatient);
            }
        } else if (isSePassive(verb, tokens)) {
            return skipped(SkipReason.SE_PASSIVE);
        }
        Token n1 = subject.id() < object.id() ? subject : object;
        Token n2 = n1 == subject ? object : subject;
        List<Token> group = new ArrayList<>();
        group.add(verb);
        for (Token dependent : tokens) {
            if (dependent.head() == verb.id() && (dependent.hasBaseRelation("aux") || dependent.hasBaseRelation("cop"))) {
                group.add(dependent);
            }
        }
        group.sort(Comparator.comparingInt(Token::id));
        return new Outcome(new Clause(phrase(n1, tokens), group, verb, phrase(n2, tokens),
                n1 == subject ? "n1" : "n2", passive), null);
    }

    /** Rule 2: why the object is no patient of an agent-patient event, or null when it is one. */
    SkipReason notAPatient(Token subject, Token verb, Token object, List<Token> tokens) {
        if ("Yes".equals(object.feat("Reflex")) || sameSpeaker(subject, object)
                || LanguageTables.isReflexive(language, object)) {
            return SkipReason.REFLEXIVE_OBJECT;
        }
        if (isSePassive(verb, tokens)) {
            return SkipReason.SE_PASSIVE;
        }
        String objectCase = object.feat("Case");
        if (objectCase != null && !List.of(objectCase.split(",")).contains("Acc")) {
            return SkipReason.OBJECT_NOT_ACCUSATIVE;
        }
        return LanguageTables.isExpletive(language, subject, verb) ? SkipReason.EXPLETIVE_SUBJECT : null;
    }

    /** A 1st or 2nd person object pronoun of the subject's person and number ("ich ... mich"). */
    private static boolean sameSpeaker(Token subject, Token object) {
        String person = object.feat("Person");
        return object.upos().equals("PRON") && subject.upos().equals("PRON")
                && ("1".equals(person) || "2".equals(person)) && person.equals(subject.feat("Person"))
                && object.feat("Number") != null && object.feat("Number").equals(subject.feat("Number"));
    }

    private static boolean isSePassive(Token verb, List<Token> tokens) {
        for (Token dependent : tokens) {
            if (dependent.head() == verb.id() && (dependent.deprel().equals("expl:pv")
                    || dependent.deprel().equals("expl:pass")
                    || dependent.hasBaseRelation("expl") && "Yes".equals(dependent.feat("Reflex")))) {
                return true;
            }
        }
        return false;
    }

    /** An obl:agent dependent, or an obl whose adposition is the language's agent preposition. */
    private boolean isAgentPhrase(Token dependent, List<Token> tokens) {
        if (dependent.deprel().equals("obl:agent")) {
            return true;
        }
        if (!dependent.deprel().equals("obl")) {
            return false;
        }
        Set<String> prepositions = LanguageForms.agentPrepositions(language);
        for (Token marker : tokens) {
            if (marker.head() == dependent.id() && marker.hasBaseRelation("case")
                    && prepositions.contains(LanguageTables.lower(marker.form()))) {
                return true;
            }
        }
        return false;
    }

    private Clause.PhraseTokens phrase(Token head, List<Token> tokens) {
        List<Token> determiners = new ArrayList<>();
        List<Token> adjectives = new ArrayList<>();
        List<Token> markers = new ArrayList<>();
        boolean coordinated = false;
        for (Token dependent : tokens) {
            if (dependent.head() != head.id()) {
                continue;
            }
            if (dependent.hasBaseRelation("det")) {
                determiners.add(dependent);
            } else if (dependent.hasBaseRelation("amod") && dependent.upos().equals("ADJ")) {
                adjectives.add(dependent);
            } else if (dependent.hasBaseRelation("case") && MARKER_UPOS.contains(dependent.upos())
                    && (LanguageForms.isRoleMarker(language, dependent.form())
                            || LanguageForms.roleMarkers(language).isEmpty() && (head.deprel().equals("obl:agent")
                                    || head.deprel().equals("obl:patient")))) {
                markers.add(dependent);
            } else if (dependent.hasBaseRelation("conj")) {
                coordinated = true;
            }
        }
        return new Clause.PhraseTokens(head, determiners, adjectives, markers, coordinated);
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
}
