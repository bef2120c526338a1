package org.rstarworkbench.app.gui.look;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a scene's style sheets in step with an {@link Appearance}: the normal sheet, then the theme's, then the
 * presentation sheet while presentation mode is on; the root carries the style class {@code presentation} then, for
 * the themes' contrast rules. Swapping sheets restyles the window at once. Dialogs the window opens (stages it owns,
 * directly or through another dialog) get the same sheets as they open.
 */
public final class AppearanceStyles {

    /** The style sheet of every window. */
    public static final String BASE = "workbench.css";
    /** The style sheet added in presentation mode. */
    public static final String PRESENTATION = "workbench-presentation.css";
    /** The root's style class in presentation mode. */
    public static final String PRESENTATION_CLASS = "presentation";
    /** Where the sheets lie among the resources. */
    private static final String FOLDER = "/org/rstarworkbench/app/gui/";
    private static final Logger LOG = LoggerFactory.getLogger(AppearanceStyles.class);

    private AppearanceStyles() {
    }

    /** Styles {@code scene} as {@code appearance} says, now and whenever it changes; on the FX thread. */
    public static void bind(Scene scene, Appearance appearance) {
        Objects.requireNonNull(scene, "scene");
        Runnable apply = () -> apply(scene, appearance);
        appearance.themeProperty().addListener((obs, old, now) -> apply.run());
        appearance.presentationProperty().addListener((obs, old, now) -> apply.run());
        scene.rootProperty().addListener((obs, old, now) -> apply.run());
        apply.run();
        ListChangeListener<Window> dialogs = change -> {
            while (change.next()) {
                for (Window opened : change.getAddedSubList()) {
                    if (opened instanceof Stage && opened.getScene() != null && ownedBy(opened, scene.getWindow())) {
                        apply(opened.getScene(), appearance);
                    }
                }
            }
        };
        // held by the scene, so the window list's weak reference lets go when the scene does
        scene.getProperties().put(AppearanceStyles.class, dialogs);
        Window.getWindows().addListener(new WeakListChangeListener<>(dialogs));
    }

    private static boolean ownedBy(Window window, Window main) {
        for (Window w = window; main != null && w instanceof Stage stage; w = stage.getOwner()) {
            if (stage.getOwner() == main) {
                return true;
            }
        }
        return false;
    }

    private static void apply(Scene scene, Appearance appearance) {
        Theme theme = appearance.themeProperty().get() == null ? Theme.LIGHT : appearance.themeProperty().get();
        boolean presentation = appearance.presentationProperty().get();
        List<String> sheets = new ArrayList<>();
        addSheet(sheets, BASE);
        if (theme.styleSheet() != null) {
            addSheet(sheets, theme.styleSheet());
        }
        if (presentation) {
            addSheet(sheets, PRESENTATION);
        }
        List<String> target = new ArrayList<>(scene.getStylesheets());
        target.removeIf(AppearanceStyles::isOurs);
        target.addAll(0, sheets);
        if (!target.equals(scene.getStylesheets())) {
            scene.getStylesheets().setAll(target);
        }
        if (scene.getRoot() != null) {
            List<String> classes = scene.getRoot().getStyleClass();
            if (presentation && !classes.contains(PRESENTATION_CLASS)) {
                classes.add(PRESENTATION_CLASS);
            } else if (!presentation) {
                classes.remove(PRESENTATION_CLASS);
            }
        }
    }

    private static boolean isOurs(String sheet) {
        return sheet.contains(FOLDER.substring(1));
    }

    private static void addSheet(List<String> sheets, String name) {
        URL url = AppearanceStyles.class.getResource(FOLDER + name);
        if (url == null) {
            LOG.warn("The style sheet {} is missing from the app; the window keeps its other styles", name);
        } else {
            sheets.add(url.toExternalForm());
        }
    }
}
