package org.cmsim.cli;

import java.util.Set;
import org.cmsim.report.FigureFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --figures FORMATS}, shared by every command that draws figures: which files to write. */
final class FigureOptions {

    @Option(names = "--figures", paramLabel = "FORMATS", defaultValue = "svg", converter = Formats.class,
            description = "Figure files to write: svg (default; its text stays editable), png, png,svg or none.")
    Set<FigureFormat> formats = FigureFormat.DEFAULT;

    /** Parses the list; a value that is no format is a usage error. */
    static final class Formats implements ITypeConverter<Set<FigureFormat>> {
        @Override
        public Set<FigureFormat> convert(String value) {
            try {
                return FigureFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
