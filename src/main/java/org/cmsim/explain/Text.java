package org.cmsim.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * The few string operations the sentence reader needs, written out so that they do the same in the JVM
 * and in the playground's JavaScript: there TeaVM's {@code String.strip} is JavaScript's trim (which also
 * removes no-break spaces, unlike Java's), and {@code String.split} and {@code replaceAll} bring a whole
 * regular-expression engine into the page. Each does what the JDK method it names does.
 */
final class Text {

    private Text() {
    }

    /** {@link String#strip}: without the leading and trailing characters that {@link Character#isWhitespace} is true of. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** {@code text.split(Pattern.quote(separator))}: the parts between separators, without trailing empty ones. */
    static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf(separator); i >= 0; i = text.indexOf(separator, start)) {
            parts.add(text.substring(start, i));
            start = i + 1;
        }
        parts.add(text.substring(start));
        while (parts.size() > 1 && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        if (parts.size() == 1 && parts.get(0).isEmpty() && !text.isEmpty()) {
            parts.clear();   // only separators: split returns no part at all
        }
        return parts;
    }

    /** The text without its leading run of {@code characters} ({@code replaceFirst("^[characters]+", "")}). */
    static String withoutLeading(String text, String characters) {
        int start = 0;
        while (start < text.length() && characters.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        return text.substring(start);
    }

    /**
     * The text without its trailing run of {@code characters}: {@code replaceFirst("[characters]+$", "")},
     * whose {@code $} also matches before a line terminator that ends the text (that terminator stays).
     */
    static String withoutTrailing(String text, String characters) {
        int end = text.length();
        if (text.endsWith("\r\n")) {
            end -= 2;
        } else if (end > 0 && "\n\r\u0085\u2028\u2029".indexOf(text.charAt(end - 1)) >= 0) {
            end -= 1;
        }
        int start = end;
        while (start > 0 && characters.indexOf(text.charAt(start - 1)) >= 0) {
            start--;
        }
        return text.substring(0, start) + text.substring(end);
    }
}
