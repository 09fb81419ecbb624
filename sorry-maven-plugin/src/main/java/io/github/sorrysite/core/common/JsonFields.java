package io.github.sorrysite.core.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

    /** Whether the object has the field at all. */
    public boolean has(String name) {
        return object.containsKey(name);
    }

    /** A string, or null when the field is null (a missing field is an error). */
    public String string(String name) {
        Object v = object.get(name);
        if (v instanceof String s) {
            return s;
        }
        if (v == null && object.containsKey(name)) {
            return null;
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

    /** Each element of an array field. */
    public List<?> list(String name) {
        if (object.get(name) instanceof List<?> list) {
            return list;
        }
        throw wrong(name, "an array");
    }

    /**
     * Each element of an array field, as an object, read by {@code read}; a failure names the
     * element, e.g. {@code pages[1]: "bytes" is missing}.
     */
    public <T> List<T> objects(String name, Function<JsonFields, T> read) {
        List<?> items = list(name);
        List<T> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String where = name + "[" + i + "]";
            try {
                out.add(read.apply(of(items.get(i), where)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage().startsWith(where) ? e.getMessage() : where + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    public JsonFields object(String name) {
        return of(object.get(name), "\"" + name + "\"");
    }

    private IllegalArgumentException wrong(String name, String expected) {
        return new IllegalArgumentException("\"" + name + "\" is " + (object.containsKey(name) ? "not " + expected : "missing"));
    }
}
