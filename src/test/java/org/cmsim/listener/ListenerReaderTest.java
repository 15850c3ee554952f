package org.cmsim.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cmsim.model.Order;
import org.junit.jupiter.api.Test;

/**
 * The listener's reader on hand-made words: each word given the analyses a dictionary would give its
 * form, and the values worked out by hand from them.
 */
class ListenerReaderTest {

    private static int position;

    private static Lexicon.Analysis a(String upos, String feats) {
        return a(upos, feats, null);
    }

    private static Lexicon.Analysis a(String upos, String feats, String animacy) {
        return new Lexicon.Analysis("x", "x", upos, Lexicon.feats(feats), animacy, 10);
    }

    private static Lexicon.Analysis lemma(String lemma, String upos, String feats) {
        return new Lexicon.Analysis("x", lemma, upos, Lexicon.feats(feats), null, 10);
    }

    private static Word word(String form, Role role, Lexicon.Analysis... analyses) {
        return new Word(position++, form, role, List.of(analyses), Word.Source.LEXICON);
    }

    private static Phrase phrase(Word head, Word... dependents) {
        List<Word> determiners = new ArrayList<>();
        List<Word> adjectives = new ArrayList<>();
        List<Word> markers = new ArrayList<>();
        for (Word d : dependents) {
            (d.role() == Role.ADJECTIVE ? adjectives : d.role() == Role.MARKER ? markers : determiners).add(d);
        }
        return new Phrase(head, determiners, adjectives, markers, false);
    }

    // German, as the dictionary analyses the forms
    private static Word der() {
        return word("der", Role.DETERMINER, a("DET", "Case=Nom|Gender=Masc|Number=Sing"),
                a("DET", "Case=Dat|Gender=Fem|Number=Sing"), a("DET", "Case=Gen|Gender=Fem|Number=Sing"),
                a("DET", "Case=Gen|Number=Plur"));
    }

    private static Word die() {
        return word("die", Role.DETERMINER, a("DET", "Case=Nom|Gender=Fem|Number=Sing"),
                a("DET", "Case=Acc|Gender=Fem|Number=Sing"), a("DET", "Case=Nom|Number=Plur"),
                a("DET", "Case=Acc|Number=Plur"));
    }

    private static Word den() {
        return word("den", Role.DETERMINER, a("DET", "Case=Acc|Gender=Masc|Number=Sing"),
                a("DET", "Case=Dat|Number=Plur"));
    }

    private static Word hund() {
        return word("hund", Role.NOUN, a("NOUN", "Case=Nom|Gender=Masc|Number=Sing", "animate"),
                a("NOUN", "Case=Acc|Gender=Masc|Number=Sing", "animate"),
                a("NOUN", "Case=Dat|Gender=Masc|Number=Sing", "animate"));
    }

    private static Word katze() {
        return word("katze", Role.NOUN, a("NOUN", "Case=Nom|Gender=Fem|Number=Sing", "animate"),
                a("NOUN", "Case=Acc|Gender=Fem|Number=Sing", "animate"),
                a("NOUN", "Case=Dat|Gender=Fem|Number=Sing", "animate"),
                a("NOUN", "Case=Gen|Gender=Fem|Number=Sing", "animate"));
    }

    private static Word sieht() {
        return word("sieht", Role.VERB, a("VERB", "Mood=Ind|Number=Sing|Person=3|VerbForm=Fin"));
    }

    /** "der Hund sieht die Katze", word by word in the order heard. */
    private static ClauseReading derHundSiehtDieKatze() {
        position = 0;
        Word d = der();
        Word h = hund();
        Word s = sieht();
        Word e = die();
        Word k = katze();
        return read("de", phrase(h, d), s, phrase(k, e));
    }

    private static ClauseReading read(String language, Phrase n1, Word verb, Phrase n2, Word... auxiliaries) {
        List<Word> group = new ArrayList<>(List.of(auxiliaries));
        group.add(verb);
        return new ListenerReader(language).read(new ClauseWords(n1, group, verb, n2));
    }

    @Test
    void aNounPhraseHasTheValuesItsWordsAllowTogether() {
        ClauseReading reading = derHundSiehtDieKatze();
        // der: nom masc, or dat/gen fem, or gen plural; Hund: masc sg nom/acc/dat: together nominative only
        assertEquals(List.of("nom"), reading.n1().get("case"));
        assertEquals(List.of("m"), reading.n1().get("gender"));
        // die Katze: nominative or accusative (the determiner allows no dative or genitive)
        assertEquals(List.of("nom", "acc"), reading.n2().get("case"));
        assertEquals("nom|acc", reading.n2().cell("case"));
        assertEquals(SlotReading.Resolution.AGREEMENT, reading.n1().resolution());
        assertEquals(Order.NVN, reading.order());
        assertEquals(List.of("3"), reading.n1().get("person"));
        assertEquals(List.of("animate"), reading.n1().get("animacy"));
        assertEquals("-", reading.n1().cell("clitic"), "German has no clitic feature");
    }

    @Test
    void denHundIsAccusative() {
        position = 0;
        Word d = den();
        Word h = hund();
        Word s = sieht();
        Word e = die();
        Word k = katze();
        ClauseReading reading = read("de", phrase(h, d), s, phrase(k, e));
        assertEquals(List.of("acc"), reading.n1().get("case"));
    }

    @Test
    void whenNoReadingAgreesTheDeterminersCaseDecides() {
        position = 0;
        Word d = den();
        // a word list that has seen "Esel" only nominative and dative
        Word esel = word("esel", Role.NOUN, a("NOUN", "Case=Nom|Gender=Masc|Number=Sing"),
                a("NOUN", "Case=Dat|Gender=Masc|Number=Sing"));
        Word s = sieht();
        Word e = die();
        Word k = katze();
        ClauseReading reading = read("de", phrase(esel, d), s, phrase(k, e));
        assertEquals(List.of("acc"), reading.n1().get("case"));
        assertEquals(SlotReading.Resolution.CASE_FROM_DETERMINER, reading.n1().resolution());
    }

    @Test
    void anAnalysisThatDoesNotMarkAFeatureLeavesItUnknown() {
        position = 0;
        // "sie": a personal pronoun analysis with case, and (hypothetically) one without
        Word sie = word("sie", Role.NOUN, a("PRON", "Case=Nom|Number=Sing|Person=3"), a("PRON", "Number=Plur|Person=3"));
        Word s = sieht();
        Word d = den();
        Word h = hund();
        ClauseReading reading = read("de", phrase(sie), s, phrase(h, d));
        assertEquals(List.of(), reading.n1().get("case"));
        assertEquals("-", reading.n1().cell("case"));
        assertEquals(List.of("sg", "pl"), reading.n1().get("number"));
        // a 3rd person pronoun's animacy is what the word list says: nothing here
        assertEquals(List.of(), reading.n1().get("animacy"));
        assertEquals(SlotReading.Resolution.WORD_ALONE, reading.n1().resolution());
    }

    @Test
    void firstAndSecondPersonPronounsAreAnimate() {
        position = 0;
        Word ich = word("ich", Role.NOUN, a("PRON", "Case=Nom|Number=Sing|Person=1"));
        Word sehe = word("sehe", Role.VERB, a("VERB", "Number=Sing|Person=1|VerbForm=Fin"));
        Word d = den();
        Word h = hund();
        ClauseReading reading = read("de", phrase(ich), sehe, phrase(h, d));
        assertEquals(List.of("animate"), reading.n1().get("animacy"));
        assertEquals(List.of("1"), reading.n1().get("person"));
    }

    @Test
    void theFiniteAuxiliarySetsOrderAndAgreementAndAVerbFormMayAllowSeveralPersons() {
        position = 0;
        Word d = der();
        Word h = hund();
        Word hat = word("hat", Role.AUXILIARY, lemma("haben", "AUX", "Number=Sing|Person=3|VerbForm=Fin"));
        Word e = die();
        Word k = katze();
        Word gesehen = word("gesehen", Role.VERB, lemma("sehen", "VERB", "Tense=Past|VerbForm=Part"));
        ClauseReading reading = read("de", phrase(h, d), gesehen, phrase(k, e), hat);
        // "der Hund hat die Katze gesehen": hat stands between the nouns: NVN, though the participle is last
        assertEquals(Order.NVN, reading.order());
        assertEquals("hat", reading.orderWord().form());
        assertEquals("sg", reading.v().cell("number"));
        assertEquals("active", reading.v().cell("voice"), "haben is no passive auxiliary");
        // "lieben": 1st or 3rd plural
        position = 0;
        Word wir = word("wir", Role.NOUN, a("PRON", "Case=Nom|Number=Plur|Person=1"));
        Word lieben = word("lieben", Role.VERB, a("VERB", "Number=Plur|Person=1|VerbForm=Fin"),
                a("VERB", "Number=Plur|Person=3|VerbForm=Fin"), a("VERB", "VerbForm=Inf"));
        Word d2 = den();
        Word h2 = hund();
        ClauseReading plural = read("de", phrase(wir), lieben, phrase(h2, d2));
        assertEquals("pl", plural.v().cell("number"));
        assertEquals("1|3", plural.v().cell("person"));
    }

    @Test
    void withoutAFiniteWordTheVerbsPersonFormsAreRead() {
        position = 0;
        Word n1 = word("dog", Role.NOUN, a("NOUN", "Number=Sing", "animate"));
        Word verb = word("sees", Role.VERB, a("VERB", "Number=Sing|Person=3"));
        Word n2 = word("cat", Role.NOUN, a("NOUN", "Number=Sing", "animate"));
        ClauseReading reading = read("en", phrase(n1), verb, phrase(n2));
        assertEquals("3", reading.v().cell("person"));
        position = 0;
        Word m = word("dog", Role.NOUN, a("NOUN", "Number=Sing"));
        Word bare = word("see", Role.VERB, a("VERB", "VerbForm=Inf"));
        Word o = word("cat", Role.NOUN, a("NOUN", "Number=Sing"));
        assertEquals("-", read("en", phrase(m), bare, phrase(o)).v().cell("number"));
    }

    @Test
    void aSecondPositionCliticAuxiliaryLeavesTheOrderToTheVerbAfterIt() {
        position = 0;
        Word je = word("je", Role.AUXILIARY, lemma("biti", "AUX", "Number=Sing|Person=3|VerbForm=Fin"));
        Word marko = word("marko", Role.NOUN, a("PROPN", "Case=Nom|Number=Sing"));
        Word video = word("video", Role.VERB, lemma("videti", "VERB", "Number=Sing|Tense=Past|VerbForm=Part|Voice=Act"));
        Word anu = word("anu", Role.NOUN, a("PROPN", "Case=Acc|Number=Sing"));
        ClauseReading serbian = read("sr", phrase(marko), video, phrase(anu), je);
        // "Juče je Marko video Anu": je before Marko, but video between the nouns
        assertEquals(Order.NVN, serbian.order());
        assertEquals("sg", serbian.v().cell("number"), "agreement from the clitic");
        assertEquals("active", serbian.v().cell("voice"), "the l-participle with je is the perfect");
        position = 0;
        Word je2 = word("je", Role.AUXILIARY, lemma("biti", "AUX", "Number=Sing|Person=3|VerbForm=Fin"));
        Word m2 = word("marko", Role.NOUN, a("PROPN", "Case=Nom|Number=Sing"));
        Word v2 = word("video", Role.VERB, lemma("videti", "VERB", "Number=Sing|Tense=Past|VerbForm=Part|Voice=Act"));
        Word a2 = word("anu", Role.NOUN, a("PROPN", "Case=Acc|Number=Sing"));
        // in a language without the table, je sets the order: VNN
        assertEquals(Order.VNN, read("de", phrase(m2), v2, phrase(a2), je2).order());
    }

    @Test
    void aParticipleWithAPassiveAuxiliaryIsPassive() {
        position = 0;
        Word cow = word("cow", Role.NOUN, a("NOUN", "Number=Sing", "animate"));
        Word was = word("was", Role.AUXILIARY, lemma("be", "AUX", "Number=Sing|Person=3|VerbForm=Fin"));
        Word kicked = word("kicked", Role.VERB, lemma("kick", "VERB", "Tense=Past|VerbForm=Fin"),
                lemma("kick", "VERB", "Tense=Past|VerbForm=Part"));
        Word by = word("by", Role.MARKER, a("ADP", ""));
        Word pencil = word("pencil", Role.NOUN, a("NOUN", "Number=Sing", "inanimate"));
        ClauseReading reading = read("en", phrase(cow), kicked, phrase(pencil, by), was);
        assertEquals("passive", reading.v().cell("voice"));
        assertEquals("by", reading.n2().cell("marker"));
        assertEquals("none", reading.n1().cell("marker"));
        // "is kicking": a present participle is not passive
        position = 0;
        Word c = word("cow", Role.NOUN, a("NOUN", "Number=Sing"));
        Word is = word("is", Role.AUXILIARY, lemma("be", "AUX", "Number=Sing|Person=3|VerbForm=Fin"));
        Word kicking = word("kicking", Role.VERB, lemma("kick", "VERB", "Tense=Pres|VerbForm=Part"));
        Word p = word("pencil", Role.NOUN, a("NOUN", "Number=Sing"));
        assertEquals("active", read("en", phrase(c), kicking, phrase(p), is).v().cell("voice"));
    }

    @Test
    void frenchNousIsAnObjectCliticOnlyAfterTheOtherPhrase() {
        position = 0;
        Word il = word("il", Role.NOUN, a("PRON", "Number=Sing|Person=3"));
        Word nous = word("nous", Role.NOUN, a("PRON", "Number=Plur|Person=1"));
        Word voit = word("voit", Role.VERB, a("VERB", "Number=Sing|Person=3|VerbForm=Fin"));
        ClauseReading objectClitic = read("fr", phrase(il), voit, phrase(nous));
        assertEquals("no", objectClitic.n1().cell("clitic"));
        assertEquals("yes", objectClitic.n2().cell("clitic"));
        position = 0;
        Word n = word("nous", Role.NOUN, a("PRON", "Number=Plur|Person=1"));
        Word voyons = word("voyons", Role.VERB, a("VERB", "Number=Plur|Person=1|VerbForm=Fin"));
        Word le = word("le", Role.DETERMINER, a("DET", "Gender=Masc|Number=Sing"));
        Word chat = word("chat", Role.NOUN, a("NOUN", "Gender=Masc|Number=Sing"));
        ClauseReading subject = read("fr", phrase(n), voyons, phrase(chat, le));
        assertEquals("no", subject.n1().cell("clitic"), "nous first: the subject");
        assertEquals("no", subject.n2().cell("clitic"), "a noun is no clitic");
    }

    @Test
    void japaneseParticlesGiveTheCase() {
        position = 0;
        Word hon = word("本", Role.NOUN, a("NOUN", ""));
        Word wo = word("を", Role.MARKER, a("ADP", ""));
        Word sensei = word("先生", Role.NOUN, a("NOUN", ""));
        Word ga = word("が", Role.MARKER, a("ADP", ""));
        Word yonda = word("読ん", Role.VERB, a("VERB", ""));
        ClauseReading reading = read("ja", phrase(hon, wo), yonda, phrase(sensei, ga));
        assertEquals(Order.NNV, reading.order());
        assertEquals("acc", reading.n1().cell("case"));
        assertEquals("nom", reading.n2().cell("case"));
        assertEquals("を", reading.n1().cell("marker"));
        assertEquals("the particle 'が' after it", reading.n2().reasons().get("case"));
    }

    @Test
    void aCoordinatedPhraseIsPluralAndOfNoOneGender() {
        position = 0;
        Word h = hund();
        Word d = der();
        Phrase coordinated = new Phrase(h, List.of(d), List.of(), List.of(), true);
        Word s = sieht();
        Word e = die();
        Word k = katze();
        ClauseReading reading = read("de", coordinated, s, phrase(k, e));
        assertEquals("pl", reading.n1().cell("number"));
        assertEquals("-", reading.n1().cell("gender"));
    }

    @Test
    void valuesAreWrittenInTheOrderOfGrammars() {
        assertEquals(List.of("nom", "acc", "dat", "gen"), Values.sorted(List.of("gen", "acc", "nom", "dat")));
        assertEquals(List.of("sg", "pl"), Values.sorted(List.of("pl", "sg")));
        assertEquals(List.of("acc", "nom"), Values.of(Map.of("Case", "Acc,Nom"), "Case"));
        assertEquals(List.of(), Values.of(Map.of("Gender", "Com"), "Gender"));
    }

    @Test
    void theClauseWordsMustBeInTheOrderHeard() {
        position = 0;
        Word k = katze();
        Word s = sieht();
        Word h = hund();
        assertThrows(IllegalArgumentException.class,
                () -> new ClauseWords(phrase(h), List.of(s), s, phrase(k)));
        assertThrows(IllegalArgumentException.class,
                () -> new ClauseWords(phrase(k), List.of(), s, phrase(h)));
    }

    @Test
    void eachValueSaysWhereItCameFrom() {
        ClauseReading reading = derHundSiehtDieKatze();
        assertEquals("its phrase", reading.n1().reasons().get("case"));
        assertEquals("the form allows nom or acc", reading.n2().reasons().get("case"));
        assertEquals("its form", reading.n1().reasons().get("gender"));
        assertEquals("the word list", reading.n1().reasons().get("animacy"));
        assertEquals("no adposition or particle", reading.n1().reasons().get("marker"));
        assertEquals("the language has no clitic pronouns", reading.n1().reasons().get("clitic"));
        assertEquals("its form", reading.v().reasons().get("number"));
        assertEquals("no passive auxiliary with a participle", reading.v().reasons().get("voice"));
        // a noun alone: its form; an unknown word: nothing known
        position = 0;
        Word alone = word("hund", Role.NOUN, a("NOUN", "Case=Nom|Gender=Masc|Number=Sing"));
        Word verb = sieht();
        Word unknown = new Word(position++, "blick", Role.NOUN, List.of(), Word.Source.UNKNOWN);
        ClauseReading r = read("de", phrase(alone), verb, phrase(unknown));
        assertEquals("its form", r.n1().reasons().get("case"));
        assertEquals("unknown word", r.n2().reasons().get("case"));
        assertEquals("-", r.n2().cell("case"));
        assertEquals("-", r.n2().cell("person"));
        assertEquals("not marked", r.n1().reasons().get("animacy"));
    }

    @Test
    void anAdjectiveThatAgreesWithNothingIsLeftOut() {
        position = 0;
        Word d = der();
        // an adjective the word list knows only in a form of another gender
        Word adjective = word("kleine", Role.ADJECTIVE, a("ADJ", "Case=Nom|Gender=Fem|Number=Sing"));
        Word h = hund();
        Word s = sieht();
        Word e = die();
        Word k = katze();
        ClauseReading reading = read("de", phrase(h, d, adjective), s, phrase(k, e));
        assertEquals(SlotReading.Resolution.ADJECTIVES_IGNORED, reading.n1().resolution());
        assertEquals("nom", reading.n1().cell("case"));
        assertEquals("its phrase (no analysis of its adjectives agrees)", reading.n1().reasons().get("case"));
        // an adjective that agrees narrows nothing here but keeps the phrase's reading
        position = 0;
        Word d2 = der();
        Word agreeing = word("kleine", Role.ADJECTIVE, a("ADJ", "Case=Nom|Gender=Masc|Number=Sing"));
        Word h2 = hund();
        Word s2 = sieht();
        Word k2 = katze();
        assertEquals(SlotReading.Resolution.AGREEMENT, read("de", phrase(h2, d2, agreeing), s2, phrase(k2))
                .n1().resolution());
    }

    @Test
    void aDeterminerWithoutCaseThatAgreesWithNothingIsIgnored() {
        position = 0;
        // French "la" (feminine) before a masculine noun: no case to decide by, so the noun's own analyses
        Word la = word("la", Role.DETERMINER, a("DET", "Gender=Fem|Number=Sing"));
        Word chien = word("chien", Role.NOUN, a("NOUN", "Gender=Masc|Number=Sing", "animate"));
        Word voit = word("voit", Role.VERB, a("VERB", "Number=Sing|Person=3|VerbForm=Fin"));
        Word chat = word("chat", Role.NOUN, a("NOUN", "Gender=Masc|Number=Sing", "animate"));
        ClauseReading reading = read("fr", phrase(chien, la), voit, phrase(chat));
        assertEquals(SlotReading.Resolution.DEPENDENTS_IGNORED, reading.n1().resolution());
        assertEquals("m", reading.n1().cell("gender"));
        assertEquals("its form (its determiners agree with no analysis of it)", reading.n1().reasons().get("gender"));
        assertEquals("not an object clitic", reading.n1().reasons().get("clitic"));
    }

    @Test
    void aFormWhoseEveryAnalysisIsPassiveIsPassiveWithoutAnAuxiliary() {
        position = 0;
        Word kniga = word("книга", Role.NOUN, a("NOUN", "Case=Nom|Gender=Fem|Number=Sing"));
        Word napisana = word("написана", Role.VERB, lemma("написать", "VERB",
                "Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass"));
        Word avtorom = word("автором", Role.NOUN, a("NOUN", "Case=Ins|Gender=Masc|Number=Sing"));
        ClauseReading reading = read("ru", phrase(kniga), napisana, phrase(avtorom));
        assertEquals("passive", reading.v().cell("voice"));
        assertEquals("a past participle with a passive auxiliary", reading.v().reasons().get("voice"));
        assertEquals("no finite verb", reading.v().reasons().get("number"));
        // one analysis active: not passive by itself
        position = 0;
        Word k = word("книга", Role.NOUN, a("NOUN", "Case=Nom|Gender=Fem|Number=Sing"));
        Word mixed = word("x", Role.VERB, lemma("x", "VERB", "Tense=Past|VerbForm=Part|Voice=Pass"),
                lemma("x", "VERB", "Tense=Past|VerbForm=Part|Voice=Act"));
        Word o = word("автором", Role.NOUN, a("NOUN", "Case=Ins|Gender=Masc|Number=Sing"));
        assertEquals("active", read("ru", phrase(k), mixed, phrase(o)).v().cell("voice"));
    }

    @Test
    void anAuxiliaryIsFiniteByPersonOrMoodWithoutAVerbForm() {
        assertEquals(true, ListenerReader.isFinite(a("AUX", "Person=3")));
        assertEquals(true, ListenerReader.isFinite(a("AUX", "Mood=Ind")));
        assertEquals(false, ListenerReader.isFinite(a("AUX", "Number=Sing")));
        assertEquals(false, ListenerReader.isFinite(a("VERB", "Person=3")));
        assertEquals(true, ListenerReader.isFinite(a("VERB", "VerbForm=Fin")));
        assertEquals(true, ListenerReader.isFinite(a("VERB", "VerbForm=Fin,Inf")));
        assertEquals(false, ListenerReader.isFinite(a("VERB", "VerbForm=Part")));
        assertEquals(false, ListenerReader.isFinite(a("AUX", "VerbForm=Inf|Person=3")));
    }

    @Test
    void aCliticAuxiliaryWithNoVerbAfterItLeavesTheOrderToTheLexicalVerb() {
        position = 0;
        Word marko = word("marko", Role.NOUN, a("PROPN", "Case=Nom|Number=Sing"));
        Word video = word("video", Role.VERB, lemma("videti", "VERB", "Number=Sing|Tense=Past|VerbForm=Part|Voice=Act"));
        Word je = word("je", Role.AUXILIARY, lemma("biti", "AUX", "Number=Sing|Person=3|VerbForm=Fin"));
        Word anu = word("anu", Role.NOUN, a("PROPN", "Case=Acc|Number=Sing"));
        // "Marko video je Anu": the clitic after the verb; the lexical verb sets the order
        ClauseReading reading = read("sr", phrase(marko), video, phrase(anu), je);
        assertEquals("video", reading.orderWord().form());
        assertEquals(Order.NVN, reading.order());
        assertEquals("the finite auxiliary 'je'", reading.v().reasons().get("number"));
        // two clitics in a row ("bi je"): the order comes from the verb after both
        position = 0;
        Word m = word("marko", Role.NOUN, a("PROPN", "Case=Nom|Number=Sing"));
        Word bi = word("bi", Role.AUXILIARY, lemma("biti", "AUX", "Number=Sing|Person=3|VerbForm=Fin"));
        Word je2 = word("je", Role.AUXILIARY, lemma("biti", "AUX", "Number=Sing|Person=3|VerbForm=Fin"));
        Word vidio = word("vidio", Role.VERB, lemma("vidjeti", "VERB", "Tense=Past|VerbForm=Part|Voice=Act"));
        Word ana = word("anu", Role.NOUN, a("PROPN", "Case=Acc|Number=Sing"));
        ClauseReading two = read("hr", phrase(m), vidio, phrase(ana), bi, je2);
        assertEquals("vidio", two.orderWord().form());
    }

    @Test
    void aFiniteFormThatDoesNotMarkAFeatureLeavesItUnknown() {
        position = 0;
        Word n1 = word("dog", Role.NOUN, a("NOUN", "Number=Sing"));
        Word kicked = word("kicked", Role.VERB, a("VERB", "Tense=Past|VerbForm=Fin"),
                a("VERB", "Number=Sing|Person=3|VerbForm=Fin"));
        Word n2 = word("cat", Role.NOUN, a("NOUN", "Number=Sing"));
        ClauseReading reading = read("en", phrase(n1), kicked, phrase(n2));
        assertEquals("-", reading.v().cell("number"));
        assertEquals("not marked", reading.v().reasons().get("number"));
    }
}
