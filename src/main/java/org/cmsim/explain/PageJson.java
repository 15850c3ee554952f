package org.cmsim.explain;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON text to Java values, for the playground's Java, which runs in the browser (compiled to JavaScript,
 * where Jackson is not to be had; {@link PageJsonWriter} writes). Reads what {@link Playground} writes with
 * Jackson: objects become {@code Map<String, Object>} (keys in order), arrays {@code ArrayList<Object>},
 * numbers {@code Double}, then strings, booleans and null. An object under one of the {@code lazy} keys is
 * read member by member when asked for: its values are passed over at first (the page's lexicon is
 * megabytes, of which a sentence needs a few forms).
 */
final class PageJson {

    private final String text;
    private final Set<String> lazy;
    private int at;

    private PageJson(String text, Set<String> lazy, int at) {
        this.text = text;
        this.lazy = lazy;
        this.at = at;
    }

    /** The value {@code text} holds. */
    static Object parse(String text) {
        return parse(text, Set.of());
    }

    /** The value {@code text} holds, the objects under the {@code lazy} keys read when asked for. */
    static Object parse(String text, Set<String> lazy) {
        PageJson reader = new PageJson(text, lazy, 0);
        Object value = reader.value();
        reader.space();
        if (reader.at != text.length()) {
            throw reader.error("text after the value");
        }
        return value;
    }

    private Object value() {
        space();
        if (at >= text.length()) {
            throw error("no value");
        }
        char c = text.charAt(at);
        switch (c) {
            case '{' -> {
                return object();
            }
            case '[' -> {
                return array();
            }
            case '"' -> {
                return string();
            }
            default -> {
                if (text.startsWith("true", at) || text.startsWith("null", at)) {
                    at += 4;
                    return c == 't' ? Boolean.TRUE : null;
                }
                if (text.startsWith("false", at)) {
                    at += 5;
                    return Boolean.FALSE;
                }
                return number();
            }
        }
    }

    private Map<String, Object> object() {
        Map<String, Object> object = new LinkedHashMap<>();
        at++;
        space();
        if (peek() == '}') {
            at++;
            return object;
        }
        while (true) {
            space();
            if (peek() != '"') {
                throw error("a key");
            }
            String key = string();
            space();
            expect(':');
            space();
            object.put(key, lazy.contains(key) && peek() == '{' ? lazyObject() : value());
            space();
            if (peek() == '}') {
                at++;
                return object;
            }
            expect(',');
        }
    }

    /** An object whose members' values are where they are in the text until asked for. */
    private Map<String, Object> lazyObject() {
        Map<String, Integer> starts = new LinkedHashMap<>();
        at++;
        space();
        while (peek() != '}') {
            if (peek() != '"') {
                throw error("a key");
            }
            String key = string();
            space();
            expect(':');
            space();
            starts.put(key, at);
            skip();
            space();
            if (peek() != '}') {
                expect(',');
                space();
            }
        }
        at++;
        return new LazyObject(text, starts);
    }

    /** Moves past one value without making it. */
    private void skip() {
        char c = peek();
        if (c == '"') {
            skipString();
        } else if (c == '{' || c == '[') {
            int depth = 0;
            do {
                char d = text.charAt(at);
                if (d == '"') {
                    skipString();
                    continue;
                }
                depth += d == '{' || d == '[' ? 1 : d == '}' || d == ']' ? -1 : 0;
                at++;
            } while (depth > 0);
        } else {
            int start = at;
            while (at < text.length() && ",}] \t\n\r".indexOf(text.charAt(at)) < 0) {
                at++;   // a number, true, false or null
            }
            if (at == start) {
                throw error("a value");
            }
        }
    }

    /** From a string's opening quote to past its closing one. */
    private void skipString() {
        for (at++; text.charAt(at) != '"'; at++) {
            if (text.charAt(at) == '\\') {
                at++;
            }
        }
        at++;
    }

    /** The members of an object read one by one, when asked for ({@link #lazyObject}). */
    private static final class LazyObject extends AbstractMap<String, Object> {
        private final String text;
        private final Map<String, Integer> starts;

        LazyObject(String text, Map<String, Integer> starts) {
            this.text = text;
            this.starts = starts;
        }

        @Override
        public boolean containsKey(Object key) {
            return starts.containsKey(key);
        }

        @Override
        public Object get(Object key) {
            Integer start = starts.get(key);
            return start == null ? null : new PageJson(text, Set.of(), start).value();
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            Set<Entry<String, Object>> entries = new LinkedHashSet<>();
            starts.keySet().forEach(key -> entries.add(new SimpleImmutableEntry<>(key, get(key))));
            return entries;
        }
    }

    private List<Object> array() {
        List<Object> array = new ArrayList<>();
        at++;
        space();
        if (peek() == ']') {
            at++;
            return array;
        }
        while (true) {
            array.add(value());
            space();
            if (peek() == ']') {
                at++;
                return array;
            }
            expect(',');
        }
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        at++;
        while (true) {
            int run = at;
            while (run < text.length() && text.charAt(run) != '"' && text.charAt(run) != '\\') {
                run++;
            }
            if (run >= text.length()) {
                throw error("an unterminated string");
            }
            if (text.charAt(run) == '"' && out.length() == 0) {
                String plain = text.substring(at, run);   // most strings have no escape: the lexicon is megabytes
                at = run + 1;
                return plain;
            }
            out.append(text, at, run);
            at = run + 1;
            if (text.charAt(run) == '"') {
                return out.toString();
            }
            char e = text.charAt(at++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> out.append(e);   // \" \\ \/
            }
        }
    }

    private Double number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        if (start == at) {
            throw error("a value");
        }
        return Double.parseDouble(text.substring(start, at));
    }

    private void space() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("'" + c + "'");
        }
        at++;
    }

    private IllegalArgumentException error(String expected) {
        return new IllegalArgumentException("JSON: expected " + expected + " at character " + at);
    }
}
