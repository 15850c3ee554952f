package org.cmsim.output;

/**
 * Helpers for the JSON cmsim writes. JSON has no NaN or infinity: undefined numbers are written as
 * null. Objects are insertion-ordered maps: {@code Map.of} iterates in an order that changes from
 * one JVM to the next, which would make the same run write different bytes.
 */
public final class Json {

    private Json() {
    }

    /** An ordered JSON object from alternating keys and values. */
    public static java.util.Map<String, Object> object(Object... keysAndValues) {
        java.util.Map<String, Object> object = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    public static Double number(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
