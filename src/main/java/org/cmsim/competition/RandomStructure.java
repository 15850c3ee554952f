package org.cmsim.competition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A random-effects structure written as lme4 writes one (Bates et al. 2015, J. Stat. Softw. 67(1), section 2.1):
 * a sum of terms {@code (lhs | factor)}, each a set of effects that vary over the levels of a grouping column.
 * <pre>
 *   (1 | subject)                 a per-subject intercept
 *   (1 + animacy | subject)       intercept and animacy slope, correlated (an unstructured 2 x 2 covariance)
 *   (1 + animacy || subject)      the same effects, uncorrelated (a diagonal covariance)
 *   (0 + agreement | subject)     a slope without an intercept ("-1" is not accepted; write 0)
 *   (animacy | subject)           as in lme4, an intercept is implied unless 0 is written
 * </pre>
 * The names on the left are the model's parameters; which names exist is the model's business
 * ({@link #parameters()} lists what a structure asks for, the model checks them). What an intercept means is
 * the model's too: in the multiplicative rule, a per-level shift of the log-odds of choosing n1.
 *
 * <p>The earlier list form stays: {@code subject} is a diagonal deviation on every parameter of the model
 * ({@link Term#everyParameter()}), {@code item} a random intercept, {@code subject,item} both.
 */
public record RandomStructure(List<Term> terms) {

    /** How the effects of one term vary together. */
    public enum Covariance {
        /** {@code |}: every variance and every correlation estimated. */
        CORRELATED,
        /** {@code ||}: variances only, correlations held at zero. */
        DIAGONAL
    }

    /**
     * One term: the grouping column, whether it has an intercept, its slopes (parameter names) and their covariance.
     * {@code everyParameter} stands for a slope on every parameter of the model, whatever they are.
     */
    public record Term(String factor, boolean intercept, List<String> slopes, boolean everyParameter,
                       Covariance covariance) {
        public Term {
            slopes = List.copyOf(slopes);
            if (!NAME.matcher(factor).matches()) {
                throw new IllegalArgumentException("'" + factor + "' is not a column name");
            }
            if (!intercept && slopes.isEmpty() && !everyParameter) {
                throw new IllegalArgumentException("(0 | " + factor + ") has no effect to vary");
            }
            if (new LinkedHashSet<>(slopes).size() != slopes.size()) {
                throw new IllegalArgumentException("a slope is named twice in the term for " + factor);
            }
        }

        /** The number of effects (intercept and slopes) when the model has {@code parameters} parameters. */
        public int size(int parameters) {
            return (intercept ? 1 : 0) + (everyParameter ? parameters : slopes.size());
        }

        /** The term in lme4's notation; the every-parameter form is written {@code (0 + . || factor)}. */
        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            parts.add(intercept ? "1" : "0");
            if (everyParameter) {
                parts.add(".");
            }
            parts.addAll(slopes);
            return "(" + String.join(" + ", parts) + (covariance == Covariance.DIAGONAL ? " || " : " | ")
                    + factor + ")";
        }
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
    /** A parameter name: anything but the notation's own characters and spaces ("order=NVN" is one). */
    private static final Pattern PARAMETER = Pattern.compile("[^\\s()|+]+");

    /** No random effects: the pooled rule's cells ({@link #parse} never returns it). */
    public static final RandomStructure NONE = new RandomStructure(List.of());

    public RandomStructure {
        terms = List.copyOf(terms);
        // One effect varies at most once per factor: (1|s) + (1|s) would make two variances of one thing.
        for (String factor : terms.stream().map(Term::factor).distinct().toList()) {
            Set<String> seen = new LinkedHashSet<>();
            for (Term term : terms) {
                if (!term.factor().equals(factor)) {
                    continue;
                }
                List<String> effects = new ArrayList<>(term.slopes());
                if (term.intercept()) {
                    effects.add("1");
                }
                if (term.everyParameter()) {
                    effects.add(".");
                }
                for (String effect : effects) {
                    if (!seen.add(effect)) {
                        throw new IllegalArgumentException("'" + effect + "' varies twice over " + factor);
                    }
                }
            }
        }
    }

    /** True for {@link #NONE}. */
    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The grouping columns in the order they first appear. */
    public List<String> factors() {
        return terms.stream().map(Term::factor).distinct().toList();
    }

    /** Every parameter name a slope asks for, in order of appearance. */
    public List<String> parameters() {
        return terms.stream().flatMap(t -> t.slopes().stream()).distinct().toList();
    }

    /**
     * Reads lme4 notation ({@code "(1 + animacy | subject) + (1 | item)"}) or the list form ({@code "subject,item"}).
     * Throws IllegalArgumentException naming the part that could not be read.
     */
    public static RandomStructure parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty random-effects structure");
        }
        return trimmed.contains("(") || trimmed.contains("|") ? parseFormula(trimmed) : parseList(trimmed);
    }

    private static RandomStructure parseList(String text) {
        List<Term> terms = new ArrayList<>();
        for (String word : text.split(",", -1)) {
            String name = word.strip();
            terms.add(switch (name) {
                case "subject" -> new Term("subject", false, List.of(), true, Covariance.DIAGONAL);
                case "item" -> new Term("item", true, List.of(), false, Covariance.CORRELATED);
                default -> throw new IllegalArgumentException("'" + name
                        + "' is not a random factor (subject, item) nor a term such as (1 | subject)");
            });
        }
        return new RandomStructure(terms);
    }

    private static RandomStructure parseFormula(String text) {
        List<Term> terms = new ArrayList<>();
        int at = 0;
        while (true) {
            at = skipSpaces(text, at);
            if (at >= text.length() || text.charAt(at) != '(') {
                throw new IllegalArgumentException("expected '(' at " + where(text, at));
            }
            int close = text.indexOf(')', at);
            if (close < 0) {
                throw new IllegalArgumentException("no ')' closes the term at " + where(text, at));
            }
            terms.add(term(text.substring(at + 1, close)));
            at = skipSpaces(text, close + 1);
            if (at >= text.length()) {
                return new RandomStructure(terms);
            }
            if (text.charAt(at) != '+') {
                throw new IllegalArgumentException("expected '+' between terms at " + where(text, at));
            }
            at++;
        }
    }

    private static Term term(String inside) {
        int bar = inside.indexOf('|');
        if (bar < 0) {
            throw new IllegalArgumentException("'(" + inside + ")' has no '|' before its grouping column");
        }
        boolean diagonal = bar + 1 < inside.length() && inside.charAt(bar + 1) == '|';
        String factor = inside.substring(bar + (diagonal ? 2 : 1)).strip();
        if (factor.contains("|")) {
            throw new IllegalArgumentException("'(" + inside + ")' has more than one '|'");
        }
        String[] effects = inside.substring(0, bar).split("\\+", -1);
        boolean intercept = true;
        List<String> slopes = new ArrayList<>();
        for (int i = 0; i < effects.length; i++) {
            String effect = effects[i].strip();
            if (i == 0 && (effect.equals("0") || effect.equals("1"))) {
                intercept = effect.equals("1");
            } else if (effect.equals("0") || effect.equals("1")) {
                throw new IllegalArgumentException("write '" + effect + "' first in '(" + inside + ")'");
            } else if (!PARAMETER.matcher(effect).matches()) {
                throw new IllegalArgumentException("'" + effect + "' in '(" + inside + ")' is not a parameter name");
            } else {
                slopes.add(effect);
            }
        }
        try {
            return new Term(factor, intercept, slopes, false, diagonal ? Covariance.DIAGONAL : Covariance.CORRELATED);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'(" + inside + ")': " + e.getMessage(), e);
        }
    }

    private static int skipSpaces(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static String where(String text, int at) {
        return at >= text.length() ? "the end" : "'" + text.substring(at) + "'";
    }

    /** The structure in lme4's notation, terms joined by {@code +}. */
    @Override
    public String toString() {
        return terms.stream().map(Term::toString).collect(Collectors.joining(" + "));
    }
}
