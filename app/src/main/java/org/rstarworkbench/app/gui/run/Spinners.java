package org.rstarworkbench.app.gui.run;

import java.util.List;
import java.util.Locale;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/** Editable spinners of the run panel that keep what was typed when the focus leaves them. */
final class Spinners {

    /** The width of the run panel's spinners. */
    private static final double WIDTH = 110;

    private Spinners() {
    }

    /**
     * An editable spinner of whole numbers from {@code min} to {@code max}, bound both ways to {@code property}; the
     * adapter the binding needs goes into {@code keep}, which the view must hold (bidirectional bindings are weak).
     */
    static Spinner<Integer> bound(String id, IntegerProperty property, int min, int max, List<Object> keep) {
        Spinner<Integer> s = new Spinner<>(min, max, property.get());
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(WIDTH);
        ObjectProperty<Integer> boxed = property.asObject();
        keep.add(boxed);
        s.getValueFactory().valueProperty().bindBidirectional(boxed);
        commitOnFocusLoss(s);
        return s;
    }

    /** As {@link #bound(String, IntegerProperty, int, int, List)}, for decimals shown with two places. */
    static Spinner<Double> bound(String id, DoubleProperty property, double min, double max, double step,
                                 List<Object> keep) {
        Spinner<Double> s = decimal(min, max, property.get(), step);
        s.setId(id);
        s.setPrefWidth(WIDTH);
        ObjectProperty<Double> boxed = property.asObject();
        keep.add(boxed);
        s.getValueFactory().valueProperty().bindBidirectional(boxed);
        return s;
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
