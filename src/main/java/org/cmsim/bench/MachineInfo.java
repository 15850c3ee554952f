package org.cmsim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What a benchmark ran on: CPU model, clock, instruction-set flags, cores, Java. */
public record MachineInfo(String cpu, double megahertz, String flags, int cores, String java, String os) {

    public static MachineInfo current() {
        String cpu = "unknown CPU";
        double megahertz = 0;
        String flags = "";
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            for (String line : lines) {
                String value = line.contains(":") ? line.substring(line.indexOf(':') + 1).strip() : "";
                if (line.startsWith("model name") && cpu.equals("unknown CPU")) {
                    cpu = value;
                } else if (line.startsWith("cpu MHz") && megahertz == 0) {
                    megahertz = Double.parseDouble(value);
                } else if (line.startsWith("flags") && flags.isEmpty()) {
                    flags = " " + value + " ";
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux, or an unusual cpuinfo: the description says "unknown".
        }
        return new MachineInfo(cpu, megahertz, flags, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }

    public String describe() {
        String isa = flags.contains(" avx512f ") ? "AVX-512" : flags.contains(" avx2 ") ? "AVX2" : "no AVX2";
        return String.format(Locale.ROOT, "%s, %.0f MHz, %s, %d cores; %s; %s", cpu, megahertz, isa, cores, java, os);
    }
}
