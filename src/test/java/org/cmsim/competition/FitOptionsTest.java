package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cmsim.numeric.Parallel;
import org.junit.jupiter.api.Test;

class FitOptionsTest {

    @Test
    void defaultsAreNoBootstrapNoCrossValidationSeedOne() {
        FitOptions options = FitOptions.defaults();
        assertEquals(new FitOptions(0, 0, 1, Parallel.defaultThreads()), options);
        assertEquals(new FitOptions(200, 0, 1, Parallel.defaultThreads()), options.withBootstrap(200));
        assertEquals(new FitOptions(0, 0, 42, Parallel.defaultThreads()), options.withSeed(42));
        assertEquals(new FitOptions(0, 0, 1, 3), options.withThreads(3));
    }

    @Test
    void impossibleOptionsAreRefused() {
        String message = "bootstrap >= 0, folds 0 or >= 2, threads >= 1";
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> new FitOptions(-1, 0, 1, 1)).getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> new FitOptions(0, 1, 1, 1)).getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> new FitOptions(0, -2, 1, 1)).getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> new FitOptions(0, 0, 1, 0)).getMessage());
        assertEquals(2, new FitOptions(0, 2, 1, 1).folds());
    }
}
