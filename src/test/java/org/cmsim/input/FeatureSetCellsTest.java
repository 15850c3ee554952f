package org.cmsim.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.cmsim.competition.Simulator;
import org.cmsim.io.InputException;
import org.cmsim.io.Table;
import org.cmsim.model.ChoiceData;
import org.cmsim.model.ChoiceRow;
import org.cmsim.model.Feature;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.Sentence;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.model.Stimulus;
import org.cmsim.output.DirectoryTarget;
import org.cmsim.output.SimulationWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corpus and choice cells that hold the values a word's form allows ({@code nom|acc}): what they read as,
 * which cells are refused and where, and that what cmsim writes reads back to the same stimuli.
 */
class FeatureSetCellsTest {

    static final FeatureSpace SPACE = new FeatureSpace(List.of(
            new Feature("case", List.of("nom", "acc", "dat", "gen")), new Feature("number", List.of("sg", "pl"))));
    static final String HEADER = "order,n1.case,n1.number,v.number,n2.case,n2.number,agent,count\n";

    @TempDir
    Path dir;

    Path corpus(String rows) throws Exception {
        Path file = dir.resolve("corpus.csv");
        Files.writeString(file, HEADER + rows);
        return file;
    }

    @Test
    void aCellReadsAsOneValueUnknownOrTheSetItNames() throws Exception {
        SentenceCorpus read = CorpusReader.read(corpus("""
                NVN,nom,sg,sg,nom|acc,sg,n1,3
                NVN,acc|nom,sg,sg,-,sg,n1,2
                NVN,nom|acc,sg,pl|sg,,sg,n2,1
                """), SPACE);
        Stimulus first = read.get(0).stimulus();
        assertEquals(0, first.n1().get(0));
        assertEquals(FeatureValues.UNKNOWN, first.n2().get(0));
        assertEquals(0b0011, first.n2().allowed(0));
        Stimulus second = read.get(1).stimulus();
        assertEquals(0b0011, second.n1().allowed(0));
        assertEquals(0, second.n2().allowed(0));
        Stimulus third = read.get(2).stimulus();
        assertEquals(0b11, third.v().allowed(1));
        assertNotEquals(second, third);
    }

    @Test
    void aSetIsADifferentSentenceTypeFromAnUnknownCell() throws Exception {
        SentenceCorpus read = CorpusReader.read(corpus("""
                NVN,nom,sg,sg,nom|acc,sg,n1,3
                NVN,nom,sg,sg,-,sg,n1,2
                NVN,nom,sg,sg,acc|nom,sg,n1,1
                """), SPACE);
        assertNotEquals(read.get(0).stimulus(), read.get(1).stimulus());
        assertEquals(read.get(0).stimulus(), read.get(2).stimulus());
    }

    @Test
    void anUndeclaredPartARepeatedPartOrAnEmptyPartIsRefusedWithFileLineAndColumn() throws Exception {
        String valid = "NVN,nom,sg,sg,acc,sg,n1,1\n";
        Path file = corpus(valid + "NVN,nom,sg,sg,nom|xyz,sg,n1,1\n");
        assertEquals(file + ":3: column n2.case: 'xyz' is not a declared value of case (nom, acc, dat, gen)",
                refusal(file));
        file = corpus(valid + valid + "NVN,nom|nom,sg,sg,acc,sg,n1,1\n");
        assertEquals(file + ":4: column n1.case: 'nom|nom' names nom twice", refusal(file));
        file = corpus("NVN,nom|,sg,sg,acc,sg,n1,1\n");
        String empty = refusal(file);
        assertTrue(empty.startsWith(file + ":2: column n1.case: 'nom|' has an empty value"), empty);
        file = corpus("NVN,nom,sg,|pl,acc,sg,n1,1\n");
        assertTrue(refusal(file).startsWith(file + ":2: column v.number: '|pl' has an empty value"));
        file = corpus("NVN,nom,sg,sg,xyz,sg,n1,1\n");
        assertEquals(file + ":2: column n2.case: 'xyz' is not a declared value of case (nom, acc, dat, gen)",
                refusal(file));
    }

    private String refusal(Path file) {
        return assertThrows(InputException.class, () -> CorpusReader.read(file, SPACE)).getMessage();
    }

    @Test
    void simulatedChoicesWriteASetAsItsValuesInDeclaredOrderAndReadBackToTheSameStimuli() throws Exception {
        List<Stimulus> stimuli = CorpusReader.read(corpus("""
                NVN,nom,sg,sg,acc|nom,sg,n1,1
                NNV,gen|acc|nom,-,sg|pl,acc,pl,n1,1
                VNN,-,sg,-,-,-,n2,1
                """), SPACE).sentences().stream().map(Sentence::stimulus).toList();
        Simulator.Participant participant = new Simulator.Participant("s1", new double[0], new long[] {1, 0, 1},
                new boolean[][] {{true}, {false}, {true}});
        Path out = dir.resolve("simulated");
        Consumer<String> quiet = notice -> { };
        SimulationWriter.write(new DirectoryTarget(out, false, List.of(), quiet), SPACE, stimuli, List.of(),
                List.of(participant));

        String written = Files.readString(out.resolve("choices.csv"));
        assertTrue(written.contains("NVN,nom,sg,sg,nom|acc,sg,n1"), written);
        assertTrue(written.contains("NNV,nom|acc|gen,-,sg|pl,acc,pl,n2"), written);
        ChoiceData read = ChoiceReader.read(out.resolve("choices.csv"), SPACE);
        assertEquals(stimuli, read.rows().stream().map(ChoiceRow::stimulus).toList());
    }

    @Test
    void aDesignWrittenByStimulusFormatReadsBack() throws Exception {
        List<Stimulus> stimuli = CorpusReader.read(corpus("""
                NVN,nom|acc,sg,pl,nom|acc,sg|pl,n1,1
                NVN,nom,sg,pl,nom|acc,sg,n1,1
                """), SPACE).sentences().stream().map(Sentence::stimulus).toList();
        StimulusFormat format = new StimulusFormat(SPACE, stimuli);
        Table design = new Table(format.columns());
        stimuli.forEach(s -> design.add(format.cells(s).toArray()));
        Path file = dir.resolve("design.csv");
        Files.writeString(file, design.toCsv());
        assertEquals(stimuli, DesignReader.read(file, SPACE));
    }
}
