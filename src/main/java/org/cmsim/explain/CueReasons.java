package org.cmsim.explain;

import org.cmsim.listener.Word;
import org.cmsim.model.Cue;
import org.cmsim.model.SentenceWords;

/** Why a cue points where it does, in words a student can check against the sentence ({@link Cue#reason}). */
final class CueReasons {

    private CueReasons() {
    }

    static String reason(Cue cue, int direction, FeatureReader.Reading reading) {
        return cue.reason(direction, new SentenceWords(reading.stimulus().order(), word(reading.n1()),
                word(reading.v()), word(reading.n2())));
    }

    private static SentenceWords.Word word(FeatureReader.SlotReading reading) {
        return new SentenceWords.Word(reading.word(), reading.values());
    }
}
