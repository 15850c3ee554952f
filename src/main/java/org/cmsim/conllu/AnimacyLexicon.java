package org.cmsim.conllu;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.cmsim.io.CsvReader;
import org.cmsim.io.CsvRecord;
import org.cmsim.io.InputException;

/** A user's animacy lexicon: a CSV with columns {@code lemma,animacy} (animate or inanimate). */
final class AnimacyLexicon {

    private AnimacyLexicon() {
    }

    static Map<String, String> read(Path file) throws InputException {
        Map<String, String> lexicon = new HashMap<>();
        try (CsvReader csv = CsvReader.open(file)) {
            int lemma = csv.requireColumn("lemma");
            int animacy = csv.requireColumn("animacy");
            for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
                String value = record.field(animacy).strip();
                if (!value.equals("animate") && !value.equals("inanimate")) {
                    throw InputException.at(file, record.line(), "column animacy: '%s' is not animate or inanimate",
                            value);
                }
                lexicon.put(record.field(lemma).strip().toLowerCase(Locale.ROOT), value);
            }
        }
        return lexicon;
    }
}
