package org.cmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** simulate --rt-log-mean: an rt column beside the very choices simulate draws without it; bad SDs are usage errors. */
class SimulateRtTest {

    private static final String[] BASE = {"simulate", "--config", "configs/illustrative.json", "--design",
        "corpora/illustrative/design.csv", "--param", "order=NVN=2", "--param", "order=NNV=-0.5", "--param",
        "order=VNN=0.5", "--param", "animacy=1", "--param", "agreement=1.5", "--subjects", "3", "--trials", "2",
        "--seed", "4"};

    @TempDir
    Path dir;

    private static String[] with(String... more) {
        String[] args = java.util.Arrays.copyOf(BASE, BASE.length + more.length);
        System.arraycopy(more, 0, args, BASE.length, more.length);
        return args;
    }

    @Test
    void reactionTimesAreAddedWithoutChangingTheChoices() throws Exception {
        assertEquals(0, Cli.run(with("--out", dir.resolve("plain").toString())).code());
        Cli.Result timed = Cli.run(with("--rt-log-mean", "6.6", "--rt-conflict", "0.1", "--out",
                dir.resolve("rt").toString()));
        assertEquals(0, timed.code(), timed.err());
        assertTrue(timed.out().contains("log rt = 6.6 + 0.1 x conflict"), timed.out());
        List<String> plain = Files.readAllLines(dir.resolve("plain/choices.csv"));
        List<String> rt = Files.readAllLines(dir.resolve("rt/choices.csv"));
        assertEquals(plain.size(), rt.size());
        assertEquals(plain.get(0) + ",rt", rt.get(0));
        for (int i = 1; i < rt.size(); i++) {
            String line = rt.get(i);
            int comma = line.lastIndexOf(',');
            assertEquals(plain.get(i), line.substring(0, comma));
            double ms = Double.parseDouble(line.substring(comma + 1));
            assertTrue(ms >= 1 && ms == Math.rint(ms), line);
        }
    }

    @Test
    void aNegativeRtSdIsAUsageError() {
        Cli.Result result = Cli.run(with("--rt-log-mean", "6.6", "--rt-sd", "-1", "--out",
                dir.resolve("bad").toString()));
        assertEquals(Main.EXIT_USAGE, result.code());
        assertTrue(result.err().contains("residual SD of log RT must be positive"), result.err());
    }
}
