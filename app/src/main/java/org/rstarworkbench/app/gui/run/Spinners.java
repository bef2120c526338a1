package org.rstarworkbench.app.gui.run;

import java.util.Locale;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/** Editable spinners of the run panel that keep what was typed when the focus leaves them. */
final class Spinners {

    private Spinners() {
    }

    /** A spinner of decimals shown with two places; text that is not a number keeps the current value. */
    static Spinner<Double> decimal(double min, double max, double initial, double step) {
        SpinnerValueFactory.DoubleSpinnerValueFactory f =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, initial, step);
        f.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : String.format(Locale.ROOT, "%.2f", v);
            }

            @Override
            public Double fromString(String s) {
                try {
                    return Double.parseDouble(s.strip());
                } catch (NumberFormatException e) {
                    return f.getValue();
                }
            }
        });
        Spinner<Double> s = new Spinner<>(f);
        s.setEditable(true);
        commitOnFocusLoss(s);
        return s;
    }

    /** Commits typed text when the spinner loses the focus (JavaFX commits only on Enter). */
    static void commitOnFocusLoss(Spinner<?> s) {
        s.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                s.increment(0);
            }
        });
    }
}
