package org.cmsim.report;

import java.util.List;
import java.util.Locale;

/** Small helpers for writing HTML by hand: escaping, tables, number formatting. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A number for reading: 3 decimals, or "-" when undefined. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "&ndash;";
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder html = new StringBuilder("<table>\n<thead><tr>");
        for (String cell : header) {
            html.append("<th>").append(cell).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (String cell : row) {
                html.append("<td>").append(cell).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }
}
