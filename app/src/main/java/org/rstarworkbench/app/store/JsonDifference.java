package org.rstarworkbench.app.store;

import java.util.Iterator;

import com.fasterxml.jackson.databind.JsonNode;

/** The first place where two JSON trees differ, as a readable path; for messages about resumed runs. */
final class JsonDifference {

    private static final int SHOWN = 60;

    private JsonDifference() {
    }

    /** {@code path: expected vs actual} at the first difference, or null when the trees are equal. */
    static String first(JsonNode expected, JsonNode actual) {
        return first("", expected, actual);
    }

    private static String first(String path, JsonNode expected, JsonNode actual) {
        if (expected.equals(actual)) {
            return null;
        }
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                String found = first(join(path, name), expected.get(name), actual.path(name));
                if (found != null) {
                    return found;
                }
            }
            for (Iterator<String> names = actual.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!expected.has(name)) {
                    return join(path, name) + ": absent vs " + shown(actual.get(name));
                }
            }
        }
        if (expected.isArray() && actual.isArray()) {
            int common = Math.min(expected.size(), actual.size());
            for (int i = 0; i < common; i++) {
                String found = first(path + "[" + i + "]", expected.get(i), actual.get(i));
                if (found != null) {
                    return found;
                }
            }
            return (path.isEmpty() ? "the list" : path) + ": " + expected.size() + " items vs " + actual.size();
        }
        return (path.isEmpty() ? "the event" : path) + ": " + shown(expected) + " vs " + shown(actual);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String shown(JsonNode node) {
        if (node.isMissingNode()) {
            return "absent";
        }
        String text = node.toString().replace("\n", "\\n");
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN - 1) + "…";
    }
}
