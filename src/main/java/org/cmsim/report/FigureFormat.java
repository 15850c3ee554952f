package org.cmsim.report;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.cmsim.io.OutputNames;

/** A file format a figure can be written in: SVG (text as text, what the report shows) or PNG (a raster). */
public enum FigureFormat {
    PNG, SVG;

    /** What a command writes unless told otherwise: SVG only; a PNG is drawn when asked for. */
    public static final Set<FigureFormat> DEFAULT = EnumSet.of(SVG);

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file name of figure {@code name} in this format. */
    public String file(String name) {
        return this == PNG ? OutputNames.png(name) : OutputNames.svg(name);
    }

    /**
     * The formats in a comma-separated list ("png,svg", "svg", "png"), or none ("none").
     *
     * @throws IllegalArgumentException naming a value that is no format
     */
    public static Set<FigureFormat> parse(String list) {
        Set<FigureFormat> formats = EnumSet.noneOf(FigureFormat.class);
        if (list.trim().equals("none")) {
            return formats;
        }
        for (String part : list.split(",", -1)) {
            String value = part.trim();
            FigureFormat format = null;
            for (FigureFormat f : values()) {
                format = f.configName().equals(value) ? f : format;
            }
            if (format == null) {
                throw new IllegalArgumentException("figure format must be png, svg, both (png,svg) or none, was '"
                        + value + "'");
            }
            formats.add(format);
        }
        return formats;
    }
}
