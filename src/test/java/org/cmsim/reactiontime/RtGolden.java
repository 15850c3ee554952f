package org.cmsim.reactiontime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.competition.RandomStructure;

/**
 * The golden data sets and lme4/lmerTest's fits of them, written by src/test/scripts/lmer-golden.R into
 * src/test/resources/golden/rt (see the README there): the data with the predictors as columns, and per model the
 * fixed effects, random SDs, correlations and fit criteria.
 */
public final class RtGolden {

    static final Path DIR = Path.of("src/test/resources/golden/rt");

    private RtGolden() {
    }

    /** One golden CSV as rows of named cells. */
    static List<Map<String, String>> read(String name) throws IOException {
        return rows(DIR.resolve(name));
    }

    /** Any CSV without quoted cells (golden files, cmsim's numeric tables) as rows of named cells. */
    public static List<Map<String, String>> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) {
                row.put(header[c], cells[c]);
            }
            rows.add(row);
        }
        return rows;
    }

    /** The design of a golden data set: log rt on an intercept and the named predictors, with this structure. */
    static MixedLinearDesign design(String set, List<String> predictors, String random) throws IOException {
        List<Map<String, String>> data = read(set + ".csv");
        int n = data.size();
        List<String> fixed = new ArrayList<>(List.of(MixedLinearDesign.INTERCEPT));
        fixed.addAll(predictors);
        double[] y = new double[n];
        double[][] x = new double[n][fixed.size()];
        String[] subject = new String[n];
        String[] item = new String[n];
        for (int i = 0; i < n; i++) {
            Map<String, String> row = data.get(i);
            y[i] = Math.log(Double.parseDouble(row.get("rt")));
            x[i][0] = 1;
            for (int j = 0; j < predictors.size(); j++) {
                x[i][j + 1] = Double.parseDouble(row.get(predictors.get(j)));
            }
            subject[i] = row.get("subject");
            item[i] = row.get("item");
        }
        return MixedLinearDesign.of(y, x, fixed, Map.of("subject", subject, "item", item),
                RandomStructure.parse(random));
    }
}
