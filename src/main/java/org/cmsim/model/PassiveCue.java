package org.cmsim.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The passive: passive verb morphology together with an agent phrase ("the cow was kicked <b>by</b>
 * the pencil", "wurde <b>von</b> dem Hund gesehen"). It points to the noun of the agent phrase, the one
 * whose {@code marker} is one of the language's agent prepositions, when the verb's {@code voice} is
 * passive and the other noun has a different known marker; it is absent in active clauses. In
 * English the passive is a strong, late-learned cue that overrides word order (Bever 1970;
 * MacWhinney, Bates &amp; Kliegl 1984 list it with the cues of English).
 */
public record PassiveCue(String name, int voice, int passive, int marker, List<Integer> agentMarkers,
                         List<String> agentMarkerNames) implements Cue {

    /** The config's {@code kind} of this cue. */
    public static final String KIND = "passive";
    /** The verb feature that carries the voice, and its passive value. */
    public static final String VOICE = "voice";
    public static final String PASSIVE = "passive";
    /** The noun feature that carries the agent phrase's adposition. */
    public static final String MARKER = "marker";

    public PassiveCue {
        Objects.requireNonNull(name, "name");
        agentMarkers = List.copyOf(agentMarkers);
        agentMarkerNames = List.copyOf(agentMarkerNames);
        if (voice < 0 || passive < 0 || marker < 0 || agentMarkers.isEmpty()) {
            throw new IllegalArgumentException("passive cue " + name + " needs voice, marker and an agent marker");
        }
    }

    @Override
    public int direction(Stimulus stimulus) {
        if (stimulus.v().get(voice) != passive) {
            return 0;
        }
        boolean first = agentMarkers.contains(stimulus.n1().get(marker));
        boolean second = agentMarkers.contains(stimulus.n2().get(marker));
        if (first && !second && stimulus.n2().isKnown(marker)) {
            return +1;
        }
        return second && !first && stimulus.n1().isKnown(marker) ? -1 : 0;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean perOrderLevel() {
        return false;
    }

    @Override
    public PassiveCue resolvedOn(SentenceCorpus corpus) {
        return this;
    }

    /** The verb's voice, then the nouns' marker. */
    @Override
    public List<Integer> featuresRead() {
        return List.of(voice, marker);
    }

    @Override
    public List<List<String>> requiredColumns() {
        return List.of(List.of("v." + VOICE), List.of("n1." + MARKER), List.of("n2." + MARKER));
    }

    /** The voice unknown on the verb: nothing says the clause is passive. */
    @Override
    public Stimulus withInformationUnknown(Stimulus stimulus) {
        return stimulus.withSlot(Slot.V, stimulus.v().with(voice, FeatureValues.UNKNOWN));
    }

    @Override
    public String reason(int direction, SentenceWords words) {
        String voiceValue = words.v().values().get(VOICE);
        if (!PASSIVE.equals(voiceValue)) {
            return "'" + words.v().form() + "' is " + (voiceValue == null ? "of unknown voice" : voiceValue)
                    + " -> " + name + " is absent";
        }
        String phrase = "'" + words.v().form() + "' is passive; markers '" + words.n1().form() + "' "
                + words.n1().values().get(MARKER) + ", '" + words.n2().form() + "' " + words.n2().values().get(MARKER);
        return phrase + " -> " + switch (direction) {
            case 1 -> name + " points to n1 (the agent phrase)";
            case -1 -> name + " points to n2 (the agent phrase)";
            default -> name + " is absent: no single noun is in an agent phrase ("
                    + String.join(", ", agentMarkerNames) + ")";
        };
    }

    @Override
    public Map<String, Object> configEntry() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.put("kind", KIND);
        entry.put("markers", agentMarkerNames);
        return entry;
    }

    /**
     * A passive cue's entry: {@code "markers": ["by"]}, the adpositions of the agent phrase; the config
     * must declare the verb feature {@code voice} (with the value {@code passive}) and the noun feature
     * {@code marker} (with those values).
     */
    public static PassiveCue fromEntry(CueEntry entry, FeatureSpace space) {
        String name = entry.optional("name").orElse(KIND);
        int voice = space.indexOf(VOICE);
        if (voice < 0) {
            throw new CueEntry.Invalid("kind", -1, "a passive cue needs the feature 'voice' (active, passive)");
        }
        int passive = space.feature(voice).code(PASSIVE);
        if (passive < 0) {
            throw new CueEntry.Invalid("kind", -1, "the feature 'voice' must declare the value 'passive'");
        }
        int marker = space.indexOf(MARKER);
        if (marker < 0) {
            throw new CueEntry.Invalid("kind", -1, "a passive cue needs the feature 'marker' (its agent prepositions)");
        }
        List<String> listed = entry.list("markers");
        if (listed.isEmpty()) {
            throw new CueEntry.Invalid("markers", -1, "lists no agent marker");
        }
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            int code = space.feature(marker).code(listed.get(i));
            if (code < 0) {
                throw new CueEntry.Invalid("markers", i, "'" + listed.get(i) + "' is not a declared value of marker ("
                        + String.join(", ", space.feature(marker).values()) + ")");
            }
            codes.add(code);
        }
        return new PassiveCue(name, voice, passive, marker, codes, listed);
    }
}
