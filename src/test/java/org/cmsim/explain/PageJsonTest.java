package org.cmsim.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The playground's own JSON reader and writer against Jackson, which writes the page's data: what Jackson
 * writes, {@link PageJson} reads as Jackson does (a lazy object too, member by member), and what
 * {@link PageJsonWriter} writes, Jackson reads back to the same values.
 */
class PageJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Map<String, Object> sample() {
        Map<String, Object> lexicon = new LinkedHashMap<>();
        lexicon.put("l'homme", List.of(List.of("NOUN", "Gender=Masc|Number=Sing", "animate", 12, "")));
        lexicon.put("\"quoted\" \\ back\tslash\n", List.of());
        lexicon.put("先生", List.of(List.of("NOUN", "", "", 3, "せんせい")));
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", "japanese");
        value.put("numbers", List.of(0.1 + 0.2, -1.5e-300, 1e21, 4.9e-324, 3.0, -0.0, 123456789));
        value.put("flags", List.of(true, false));
        value.put("nothing", null);
        value.put("control", "\u0001\u001f\u007f\u2028");
        value.put("lexicon", lexicon);
        value.put("empty", Map.of());
        return value;
    }

    @Test
    void readsWhatJacksonWrites() throws Exception {
        String text = MAPPER.writeValueAsString(sample());
        Object jackson = numbersAsDoubles(MAPPER.readValue(text, Object.class));
        assertEquals(jackson, PageJson.parse(text));
        Object lazy = PageJson.parse(text, Set.of("lexicon"));
        assertEquals(jackson, numbersAsDoubles(lazy));
        @SuppressWarnings("unchecked")
        Map<String, Object> lexicon = (Map<String, Object>) ((Map<String, Object>) lazy).get("lexicon");
        assertTrue(lexicon.containsKey("先生") && !lexicon.containsKey("先"));
        assertEquals(List.of(List.of("NOUN", "", "", 3.0, "せんせい")), lexicon.get("先生"));
    }

    /** The same structure with every number a Double, as PageJson reads numbers. */
    private static Object numbersAsDoubles(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, numbersAsDoubles(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PageJsonTest::numbersAsDoubles).toList();
        }
        return value;
    }

    @Test
    void writesWhatJacksonReads() throws Exception {
        String text = PageJsonWriter.write(sample());
        assertEquals(MAPPER.valueToTree(sample()), MAPPER.readTree(text));
        assertEquals("[null,null,1.5]", PageJsonWriter.write(List.of(Double.NaN, Double.POSITIVE_INFINITY, 1.5)));
    }
}
