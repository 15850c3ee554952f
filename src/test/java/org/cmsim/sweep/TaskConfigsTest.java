package org.cmsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.DoubleNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cmsim.input.ConfigReader;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A task's config is the base config with the grid's settings applied, read by the config reader as any config. */
class TaskConfigsTest {

    /** A sweep over attention.l2 of a run reaches every language, and run then trains at it instead of choosing. */
    @Test
    void anL2SweptOverARunIsUsedAsSetByEveryLanguage(@TempDir Path dir) throws Exception {
        TaskConfigs base = TaskConfigs.read(Path.of("configs/default.json"));
        Path task = dir.resolve("task.json");
        Files.writeString(task, base.with(List.of("attention.l2"), List.of(DoubleNode.valueOf(0.01))));
        RunConfig run = ConfigReader.readRun(task);
        assertEquals(5, run.languages().size());
        for (LanguageConfig language : run.languages()) {
            assertEquals(0.01, language.attention().l2(), 0, language.name());
            assertEquals(AttentionSettings.L2Choice.AS_SET, language.attention().l2Choice(), language.name());
        }
        RunConfig untouched = ConfigReader.readRun(Path.of("configs/default.json"));
        assertEquals(AttentionSettings.L2Choice.CROSS_VALIDATED, untouched.languages().get(0).attention().l2Choice());
    }
}
