package io.github.sorrysite.core;

import java.util.List;
import java.util.Map;

/**
 * Typed reads from a {@link JsonText#parse parsed} JSON object, each failing with the field's name
 * when it is missing or of another type.
 */
public record JsonFields(Map<?, ?> object) {

    /** The object {@code value} is; @throws IllegalArgumentException naming {@code what} otherwise */
    public static JsonFields of(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return new JsonFields(map);
        }
        throw new IllegalArgumentException(what + " is not a JSON object");
    }

    /** A string, or null when absent or null. */
    public String string(String name) {
        Object v = object.get(name);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw wrong(name, "a string");
    }

    public long number(String name) {
        if (object.get(name) instanceof Number n) {
            return n.longValue();
        }
        throw wrong(name, "a number");
    }

    public boolean bool(String name) {
        if (object.get(name) instanceof Boolean b) {
            return b;
        }
        throw wrong(name, "true or false");
    }

    /** Each element of an array field; an absent field is an empty list. */
    public List<?> list(String name) {
        Object v = object.get(name);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> list) {
            return list;
        }
        throw wrong(name, "an array");
    }

    public JsonFields object(String name) {
        return of(object.get(name), "\"" + name + "\"");
    }

    private IllegalArgumentException wrong(String name, String expected) {
        return new IllegalArgumentException("\"" + name + "\" is " + (object.containsKey(name) ? "not " + expected : "missing"));
    }
}
