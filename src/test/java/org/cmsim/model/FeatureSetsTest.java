package org.cmsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Feature cells that hold the values a word's form allows ({@code nom|acc}), and the cues that read them
 * as a listener does. The German examples: case (nom, acc, dat, gen), number (sg, pl), person (1, 2, 3).
 */
class FeatureSetsTest {

    static final Feature CASE = new Feature("case", List.of("nom", "acc", "dat", "gen"));
    static final Feature NUMBER = new Feature("number", List.of("sg", "pl"));
    static final Feature PERSON = new Feature("person", List.of("1", "2", "3"));
    static final ContrastCue NOMINATIVE = new ContrastCue("case", 0, "case", 0, "nom");
    static final AgreementCue AGREEMENT = new AgreementCue("agreement", new int[] {1, 2}, List.of("number", "person"));

    /** A word's cells, in the order case, number, person: a value, {@code -}, or values joined by |. */
    static FeatureValues word(String caseCell, String numberCell, String personCell) {
        return FeatureValues.ofAllowed(new int[] {cell(CASE, caseCell), cell(NUMBER, numberCell),
                cell(PERSON, personCell)});
    }

    static int cell(Feature feature, String text) {
        return text.equals(FeatureValues.UNKNOWN_TEXT) ? 0 : feature.allowed(text);
    }

    /** A noun known only by its case. */
    static FeatureValues noun(String caseCell) {
        return word(caseCell, "-", "-");
    }

    static Stimulus sentence(FeatureValues n1, FeatureValues v, FeatureValues n2) {
        return new Stimulus(Order.NVN, n1, v, n2);
    }

    static int nominative(String n1Case, String n2Case) {
        return NOMINATIVE.direction(sentence(noun(n1Case), FeatureValues.unknown(3), noun(n2Case)));
    }

    @Test
    void caseOnGermanArticlesPointsWhereTheFormsLeaveOneReading() {
        // der Hund {nom} ... die Katze {nom,acc}: die Katze can be the object, der Hund only the subject
        assertEquals(+1, nominative("nom", "nom|acc"));
        // die Katze {nom,acc} ... den Hund {acc}
        assertEquals(+1, nominative("nom|acc", "acc"));
        // den Hund {acc} ... die Katze {nom,acc}
        assertEquals(-1, nominative("acc", "nom|acc"));
        // das Mädchen {nom,acc} ... der Mann {nom}
        assertEquals(-1, nominative("nom|acc", "nom"));
        // die Frau {nom,acc} ... die Katze {nom,acc}: either could be the subject
        assertEquals(0, nominative("nom|acc", "nom|acc"));
        // das Kind {nom,acc} ... das Mädchen {nom,acc}
        assertEquals(0, nominative("nom|acc", "nom|acc"));
    }

    @Test
    void contrastOnSingleValuesIsAsBefore() {
        assertEquals(+1, nominative("nom", "acc"));
        assertEquals(-1, nominative("acc", "nom"));
        assertEquals(0, nominative("nom", "nom"));
        assertEquals(0, nominative("acc", "dat"));
        assertEquals(0, nominative("nom", "-"));
        assertEquals(0, nominative("-", "acc"));
    }

    @Test
    void contrastWithASetIsAbsentWhenANounIsUnknownOrNeitherCanBearTheValue() {
        assertEquals(0, nominative("nom|acc", "-"));
        assertEquals(0, nominative("-", "nom|acc"));
        // neither form allows nom
        assertEquals(0, nominative("acc|dat", "dat|gen"));
        // n1 can be nom, n2 only nom: n2 has no other value to be the patient with
        assertEquals(-1, nominative("nom|acc", "nom"));
        // n1 allows nom and acc, n2 allows dat or gen: only n1 can be the subject
        assertEquals(+1, nominative("nom|acc", "dat|gen"));
    }

    @Test
    void aPatientMarkerWithSetsPointsTheOtherWay() {
        ContrastCue accusative = new ContrastCue("accusative", 0, "case", 1, "acc", ContrastCue.Marks.PATIENT);
        // der Hund {nom} ... die Katze {nom,acc}: only die Katze can be the marked object, so n1 is the agent
        assertEquals(+1, accusative.direction(sentence(noun("nom"), FeatureValues.unknown(3), noun("nom|acc"))));
        assertEquals(-1, accusative.direction(sentence(noun("acc"), FeatureValues.unknown(3), noun("nom|acc"))));
        assertEquals(0, accusative.direction(sentence(noun("nom|acc"), FeatureValues.unknown(3), noun("nom|acc"))));
    }

    @Test
    void agreementWithSetsAsksWhichNounCanAgree() {
        // wir lieben den Hund: lieben is pl and 1|3; wir (1, pl) can agree, der Hund (3, sg) cannot
        FeatureValues lieben = word("-", "pl", "1|3");
        assertEquals(+1, AGREEMENT.direction(sentence(word("nom", "pl", "1"), lieben, word("acc", "sg", "3"))));
        assertEquals(-1, AGREEMENT.direction(sentence(word("acc", "sg", "3"), lieben, word("nom", "pl", "1"))));
        // sie (3, sg|pl) can agree with lieben, and so can wir: absent
        assertEquals(0, AGREEMENT.direction(sentence(word("nom", "sg|pl", "3"), lieben, word("nom", "pl", "1"))));
        // sie (3, sg|pl) can agree, der Hund cannot
        assertEquals(+1, AGREEMENT.direction(sentence(word("nom", "sg|pl", "3"), lieben, word("acc", "sg", "3"))));
        // a noun whose number is unknown cannot be said to agree, nor not to
        assertEquals(0, AGREEMENT.direction(sentence(word("nom", "-", "1"), lieben, word("acc", "sg", "3"))));
        // a verb marked only by a set still marks: liebt is sg and 2|3
        FeatureValues liebt = word("-", "sg", "2|3");
        assertEquals(-1, AGREEMENT.direction(sentence(word("nom", "pl", "1"), liebt, word("nom", "sg", "3"))));
    }

    @Test
    void agreementOnSingleValuesIsAsBefore() {
        FeatureValues sg3 = word("-", "sg", "3");
        assertEquals(+1, AGREEMENT.direction(sentence(word("-", "sg", "3"), sg3, word("-", "pl", "3"))));
        assertEquals(-1, AGREEMENT.direction(sentence(word("-", "pl", "3"), sg3, word("-", "sg", "3"))));
        assertEquals(0, AGREEMENT.direction(sentence(word("-", "sg", "3"), sg3, word("-", "sg", "3"))));
        assertEquals(0, AGREEMENT.direction(sentence(word("-", "sg", "3"), FeatureValues.unknown(3),
                word("-", "pl", "3"))));
        assertEquals(0, AGREEMENT.direction(sentence(word("-", "sg", "3"), sg3, word("-", "-", "-"))));
    }

    @Test
    void aSetReadsAsUnknownToWhatReadsSingleValuesButIsADifferentCell() {
        FeatureValues set = noun("nom|acc");
        FeatureValues unknown = noun("-");
        FeatureValues single = noun("acc");
        assertEquals(FeatureValues.UNKNOWN, set.get(0));
        assertEquals(1, single.get(0));
        assertTrue(set.isKnown(0));
        assertTrue(set.isSet(0));
        assertFalse(single.isSet(0));
        assertFalse(unknown.isKnown(0));
        assertTrue(set.allows(0, 0) && set.allows(0, 1) && !set.allows(0, 2));
        assertEquals(0b11, set.allowed(0));
        assertNotEquals(set, unknown);
        assertNotEquals(set.hashCode(), unknown.hashCode());
        assertEquals(set, noun("acc|nom"));
        assertEquals(new FeatureValues(new int[] {1, FeatureValues.UNKNOWN, FeatureValues.UNKNOWN}), single);
        assertEquals("[0|1, -1, -1]", set.toString());
        assertEquals(unknown, set.with(0, FeatureValues.UNKNOWN));
    }

    @Test
    void aCellIsWrittenInDeclaredOrderAndReadBack() {
        assertEquals("nom|acc", CASE.text(CASE.allowed("acc|nom")));
        assertEquals("acc", CASE.text(CASE.allowed("acc")));
        assertEquals("-", CASE.text(0));
        assertEquals(0b1001, CASE.allowed("nom | gen"));
        assertEquals("'xyz' is not a declared value of case (nom, acc, dat, gen)",
                assertThrows(IllegalArgumentException.class, () -> CASE.allowed("nom|xyz")).getMessage());
        assertEquals("'nom|nom' names nom twice",
                assertThrows(IllegalArgumentException.class, () -> CASE.allowed("nom|nom")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CASE.allowed("nom|")).getMessage()
                .startsWith("'nom|' has an empty value"));
        assertThrows(IllegalArgumentException.class, () -> CASE.allowed("|acc"));
    }

    @Test
    void aDeclaredValueCannotHoldTheSeparatorAndAFeatureHasAtMost32Values() {
        assertThrows(IllegalArgumentException.class, () -> new Feature("case", List.of("nom|acc", "dat")));
        List<String> many = java.util.stream.IntStream.range(0, 33).mapToObj(i -> "v" + i).toList();
        assertThrows(IllegalArgumentException.class, () -> new Feature("lemma", many));
        Feature most = new Feature("lemma", many.subList(0, 32));
        assertEquals("v0|v31", most.text(most.allowed("v31|v0")));
    }
}
