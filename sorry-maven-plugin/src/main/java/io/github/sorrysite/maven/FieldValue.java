package io.github.sorrysite.maven;

import java.io.File;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;

/**
 * Sets a mojo parameter from a property string the way Maven would have: for the few types our
 * parameters have. Used only to honour deprecated property names.
 */
final class FieldValue {
    private FieldValue() {
    }

    static void set(Object mojo, String name, String value) {
        Field field = find(mojo.getClass(), name);
        if (field == null) {
            throw new IllegalStateException("no parameter field " + name + " in " + mojo.getClass().getName());
        }
        try {
            field.setAccessible(true);
            field.set(mojo, convert(field.getType(), value, name));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot set " + name, e);
        }
    }

    private static Object convert(Class<?> type, String value, String name) {
        String v = value.strip();
        if (type == boolean.class || type == Boolean.class) {
            return v.isEmpty() || Boolean.parseBoolean(v);
        }
        if (type == int.class || type == Integer.class) {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new io.github.sorrysite.core.BadInputException(name, "'" + v + "' is not a whole number", "give a number such as 8");
            }
        }
        if (type == File.class) {
            return new File(v);
        }
        if (type == List.class) {
            return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        return value;
    }

    private static Field find(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }
}
