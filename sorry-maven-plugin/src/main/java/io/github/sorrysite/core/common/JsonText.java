package io.github.sorrysite.core.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text of plain values (maps, lists, records, strings, numbers, booleans, null) through
 * Jackson's streaming generator. The build writes its JSON this way rather than with an
 * {@code ObjectMapper}: setting up data binding loads hundreds of classes, about a tenth of a cold
 * {@code mvn sorry:build} (bench/RESULTS.md). The text is the same as {@code ObjectMapper} with
 * {@code INDENT_OUTPUT} writes, so readers that bind it back are unaffected. {@link #parse} reads
 * JSON back into the same plain values, for the files the build and publish read on every run.
 */
public final class JsonText {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonText() {
    }

    /** Indented, two spaces, {@code "key" : value}, ending in a newline. */
    public static String pretty(Object value) {
        return write(value, true) + "\n";
    }

    /** On one line, no spaces. */
    public static String compact(Object value) {
        return write(value, false);
    }

    /**
     * On one line, with every character a YAML reader could take as a line break or drop escaped as
     * {@code \\uXXXX}: the C0 and C1 controls, DEL, U+2028 and U+2029. JSON allows most of them raw,
     * but in a YAML scalar NEL (U+0085) and the two separators are line breaks, so a JSON annotation
     * read by any YAML parser would no longer be the same JSON.
     */
    public static String compactForYaml(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.setCharacterEscapes(YamlSafeEscapes.INSTANCE);
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private static final class YamlSafeEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
        static final YamlSafeEscapes INSTANCE = new YamlSafeEscapes();
        private final int[] ascii;

        private YamlSafeEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            if (ch >= 0x80 && ch <= 0x9f || ch == 0x2028 || ch == 0x2029 || ch == 0xfeff) {
                return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }

    private static String write(Object value, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            if (pretty) {
                generator.useDefaultPrettyPrinter();
            }
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (value instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                g.writeFieldName(String.valueOf(entry.getKey()));
                write(g, entry.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                write(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof Record record) {
            g.writeStartObject();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                g.writeFieldName(component.getName());
                write(g, valueOf(record, component));
            }
            g.writeEndObject();
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    /**
     * The value of a JSON document: objects as ordered maps, arrays as lists, integers as
     * {@code Long}, other numbers as {@code Double}.
     *
     * @throws IllegalArgumentException when {@code json} is not one well-formed JSON value
     */
    public static Object parse(byte[] json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() == null) {
                throw new IllegalArgumentException("empty, no JSON value");
            }
            Object value = read(parser);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("more than one JSON value" + where(parser.currentLocation()));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage() + where(e.getLocation()), e);
        } catch (IOException e) {
            // From bytes in memory only a decoding failure, e.g. bytes that are no Unicode text.
            throw new IllegalArgumentException("not JSON text: " + e.getMessage(), e);
        }
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static Object read(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    map.put(name, read(p));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(p));
                }
                return list;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                return p.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return p.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IllegalArgumentException("unexpected " + token + where(p.currentLocation()));
        }
    }

    private static Object valueOf(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass().getName(), e);
        }
    }
}
