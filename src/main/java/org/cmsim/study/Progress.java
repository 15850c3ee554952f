package org.cmsim.study;

/** Told when a stage of a run ends; the CLI renders it on stderr. Library code never prints. */
public interface Progress {

    Progress SILENT = (language, stage, seconds) -> { };

    void stageDone(String language, String stage, double seconds);
}
