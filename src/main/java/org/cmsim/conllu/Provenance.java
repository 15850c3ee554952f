package org.cmsim.conllu;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Where a clause comes from: its {@code source}, the treebank code of its file ({@code en_ewt} for
 * {@code en_ewt-ud-train.conllu}), and its {@code genre}: written, spoken, child-directed, child
 * (the children's own speech), learner or translated, after a table of the Universal Dependencies
 * treebanks the shipped corpora come from. Two treebanks mix genres sentence by sentence: GUM documents are named
 * after their genre in {@code sent_id} (GUM_interview_..., six of its genres are spoken), and CHILDES
 * says who speaks in {@code speaker_role} (Target_Child is the child). A treebank not in the table
 * has the genre {@code unknown} unless {@code --genre SOURCE=GENRE} gives one.
 */
public final class Provenance {

    public static final String UNKNOWN = "unknown";
    private static final Set<String> GUM_SPOKEN = Set.of("conversation", "court", "interview", "podcast", "speech",
            "vlog");

    private static final Map<String, String> GENRES = Map.ofEntries(
            Map.entry("en_ewt", "written"), Map.entry("en_gum", "written"), Map.entry("en_lines", "written"),
            Map.entry("en_partut", "written"), Map.entry("en_pud", "written"), Map.entry("en_atis", "spoken"),
            Map.entry("en_eslspok", "learner"), Map.entry("en_gentle", "written"), Map.entry("en_ctetex", "written"),
            Map.entry("en_childes", "child-directed"),
            Map.entry("de_gsd", "written"), Map.entry("de_pud", "translated"), Map.entry("de_lit", "written"),
            Map.entry("it_isdt", "written"), Map.entry("it_kiparlaforest", "spoken"), Map.entry("it_parlamint", "spoken"),
            Map.entry("it_postwita", "written"), Map.entry("it_twittiro", "written"), Map.entry("it_vit", "written"),
            Map.entry("it_partut", "written"), Map.entry("it_pud", "translated"), Map.entry("it_valico", "learner"),
            Map.entry("fr_gsd", "written"), Map.entry("fr_pud", "translated"), Map.entry("fr_partut", "written"),
            Map.entry("fr_parisstories", "spoken"), Map.entry("fr_rhapsodie", "spoken"), Map.entry("fr_sequoia", "written"),
            Map.entry("ru_gsd", "written"), Map.entry("ru_pud", "translated"), Map.entry("ru_taiga", "written"),
            Map.entry("ru_poetry", "written"),
            Map.entry("es_gsd", "written"), Map.entry("es_pud", "translated"), Map.entry("es_coser", "spoken"),
            Map.entry("nl_alpino", "written"), Map.entry("nl_lassysmall", "written"),
            Map.entry("ja_gsd", "written"), Map.entry("sr_set", "written"), Map.entry("hr_set", "written"));

    private final Map<String, String> overrides;

    /** With {@code overrides}: source -> genre given on the command line, before the table. */
    public Provenance(Map<String, String> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /** The treebank code of a file: its name up to {@code -ud-}, else without its extension. */
    public static String source(Path file) {
        String name = file.getFileName().toString();
        int ud = name.indexOf("-ud-");
        if (ud > 0) {
            return name.substring(0, ud);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The genre of one sentence of a source. */
    public String genre(String source, ConlluReader.Sentence sentence) {
        String given = overrides.get(source);
        if (given != null) {
            return given;
        }
        if (source.equals("en_childes") && "Target_Child".equals(sentence.meta("speaker_role"))) {
            return "child";
        }
        if (source.equals("en_gum")) {
            String id = sentence.meta("sent_id");
            String[] parts = id == null ? new String[0] : id.split("_");
            return parts.length > 1 && GUM_SPOKEN.contains(parts[1]) ? "spoken" : "written";
        }
        return GENRES.getOrDefault(source, UNKNOWN);
    }
}
