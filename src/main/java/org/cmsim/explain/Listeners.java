package org.cmsim.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.attention.AttentionHead;
import org.cmsim.competition.RuleReader;
import org.cmsim.model.Cue;
import org.cmsim.model.Stimulus;

/**
 * One language's listeners as numbers only, and how each reads a stimulus, term by term: every choice
 * rule of {@link org.cmsim.competition.Rules#ALL}, in that order, with its parameters, read by its
 * {@link RuleReader} (the equations are there), and the attention head:
 * <pre>
 *   attention head  a = softmax(q.k_1, q.k_2) / sqrt(dK); P(n1) = a_1 (pointer readout)
 * </pre>
 * (McDonald &amp; MacWhinney 1989 for the multiplicative and additive rules; the hierarchy rule;
 * Vaswani et al. 2017, eq. 1.) An order level the corpus never has has no parameter: its term is 0 and
 * {@code orderNote} says so.
 *
 * <p>Pure arithmetic on parameters by name (as strengths.csv names them) and a head's weights: no fitting,
 * no files. {@code cmsim explain} gets them from {@link ListenerModels}; the playground, whose Java is
 * compiled to JavaScript, from the page's data ({@link PageLanguage}). Both read a sentence here.
 */
public record Listeners(List<Cue> cues, List<Rule> rules, AttentionHead head) {

    public Listeners {
        cues = List.copyOf(cues);
        rules = List.copyOf(rules);
    }

    /** A choice rule as a listener: its name, its reader and its parameters by name. */
    public record Rule(String name, RuleReader reader, Map<String, Double> parameters) {
        public Rule {
            parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }
    }

    /** A cue's direction: +1 n1, -1 n2, 0 neither. */
    public record Direction(Cue cue, int direction) {
    }

    /** The listeners' readings of one stimulus: each rule's in the listeners' order, then the head's. */
    public record Verdicts(List<Direction> directions, List<Explanation.RuleVerdict> rules,
                           Explanation.Attention attention, String orderNote) {
    }

    /** The same listeners with other parameters of one rule (the playground's sliders): given names replaced. */
    public Listeners withParameters(String rule, Map<String, Double> parameters) {
        List<Rule> changed = new ArrayList<>();
        for (Rule r : rules) {
            if (r.name().equals(rule)) {
                Map<String, Double> merged = new LinkedHashMap<>(r.parameters());
                merged.putAll(parameters);
                changed.add(new Rule(r.name(), r.reader(), merged));
            } else {
                changed.add(r);
            }
        }
        return new Listeners(cues, changed, head);
    }

    /** How each listener reads {@code stimulus}. */
    public Verdicts read(Stimulus stimulus) {
        List<Direction> directions = new ArrayList<>();
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (Cue cue : cues) {
            if (!cue.perOrderLevel()) {
                directions.add(new Direction(cue, cue.direction(stimulus)));
                byName.put(cue.name(), cue.direction(stimulus));
            }
        }
        String level = stimulus.order().parameterName();
        boolean measured = false;
        List<Explanation.RuleVerdict> verdicts = new ArrayList<>();
        for (Rule rule : rules) {
            measured |= rule.parameters().containsKey(level);
            verdicts.add(new Explanation.RuleVerdict(rule.name(), rule.reader(),
                    rule.reader().read(rule.parameters(), level, byName)));
        }
        String orderNote = measured ? ""
                : "the corpus has no " + stimulus.order() + " sentence, so " + level + " has no strength: its term is 0";
        AttentionHead.Reading head = this.head.read(stimulus);
        Explanation.Attention attention = new Explanation.Attention(head.attentionN1(), 1 - head.attentionN1(),
                head.logit(), head.probabilityN1());
        return new Verdicts(directions, verdicts, attention, orderNote);
    }
}
