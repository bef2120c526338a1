package org.rstarworkbench.app.gui.look;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.rstarworkbench.visualizer.style.TreeLook;

/**
 * How the window looks: its colour theme and whether it is in presentation mode (fonts half as large again, stronger
 * contrast, thicker tree lines, less chrome), for a projector in a classroom. Plain properties, tested without
 * JavaFX running; {@link AppearanceStyles} applies them to a scene.
 *
 * <p>Threading: the FX thread.
 */
public final class Appearance {

    /** How much larger fonts and the tree are drawn in presentation mode. */
    public static final double PRESENTATION_SCALE = 1.5;

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final BooleanProperty presentation = new SimpleBooleanProperty();
    private final ObjectBinding<TreeLook> treeLook = Bindings.createObjectBinding(this::computeTreeLook, theme,
            presentation);

    private TreeLook computeTreeLook() {
        TreeLook look = (theme.get() == null ? Theme.LIGHT : theme.get()).treeLook();
        return presentation.get() ? look.withScale(PRESENTATION_SCALE) : look;
    }

    /** The colour theme; never set it to null. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** How the tree view draws now: the theme's look, scaled up in presentation mode. */
    public ObjectBinding<TreeLook> treeLook() {
        return treeLook;
    }
}
