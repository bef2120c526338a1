package org.rstarworkbench.app.gui.run;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The endpoint fields as typed: the server's base URL (ending in {@code /v1}) and the model name it serves.
 *
 * @param url       e.g. {@code http://localhost:8000/v1}; never null
 * @param modelName e.g. {@code mistralai/Mistral-7B-v0.1}; never null
 */
public record Endpoint(String url, String modelName) {

    public Endpoint {
        url = url == null ? "" : url;
        modelName = modelName == null ? "" : modelName;
    }

    /**
     * The endpoint a recorded model id names: an OpenAI-compatible model goes by {@code NAME@URL} (several URLs
     * comma-separated; the first is taken); empty for any other id.
     */
    public static Optional<Endpoint> ofModelId(String id) {
        int at = id == null ? -1 : id.indexOf("@http");
        if (at <= 0) {
            return Optional.empty();
        }
        String urls = id.substring(at + 1);
        int comma = urls.indexOf(',');
        return Optional.of(new Endpoint(comma < 0 ? urls : urls.substring(0, comma), id.substring(0, at)));
    }

    /** What is wrong with the fields, each naming the field and the value; empty when they can be used. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        String u = url.strip();
        if (u.isEmpty()) {
            problems.add("Endpoint URL is empty: give the server's base URL, e.g. http://localhost:8000/v1");
        } else {
            try {
                URI uri = new URI(u);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    problems.add("Endpoint URL '" + u + "' is not an http(s) URL; write it like "
                            + "http://localhost:8000/v1");
                }
            } catch (URISyntaxException e) {
                problems.add("Endpoint URL '" + u + "' is not a URL (" + e.getReason() + "); write it like "
                        + "http://localhost:8000/v1");
            }
        }
        if (modelName.isBlank()) {
            problems.add("Model name is empty: give the name the server serves (GET <URL>/models lists them)");
        }
        return problems;
    }
}
