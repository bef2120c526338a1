package org.rstarworkbench.app.gui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.rstarworkbench.samples.models.TinyModels;

/**
 * The models the run panel offers, in chooser order. The app extends it with more choices (the bundled tiny models)
 * by {@link #with(ModelChoice)}; the run panel knows nothing of the models themselves.
 */
public record ModelCatalog(List<ModelChoice> choices) {

    public ModelCatalog {
        choices = List.copyOf(choices);
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("a model catalog needs at least one model");
        }
    }

    /** The demo model first, then an OpenAI-compatible endpoint. */
    public static ModelCatalog standard() {
        return new ModelCatalog(List.of(ModelChoice.demo(), ModelChoice.endpoint()));
    }

    /**
     * The bundled tiny models first when they are on the class path (they solve GSM-mini problems offline, in a few
     * seconds each), then the standard catalog: the instant demo model and an endpoint.
     */
    public static ModelCatalog installed() {
        if (!TinyModels.available()) {
            return standard();
        }
        List<ModelChoice> all = new ArrayList<>(standard().choices());
        all.add(0, ModelChoice.bundled());
        return new ModelCatalog(all);
    }

    /** This catalog with one more choice, placed first when {@code preferred}, else last. */
    public ModelCatalog with(ModelChoice choice, boolean preferred) {
        List<ModelChoice> all = new ArrayList<>(choices);
        all.add(preferred ? 0 : all.size(), Objects.requireNonNull(choice, "choice"));
        return new ModelCatalog(all);
    }

    /** The choice selected when the window opens. */
    public ModelChoice first() {
        return choices.get(0);
    }
}
