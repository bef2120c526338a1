package org.rstarworkbench.app.gui.look;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The View menu's items for an {@link Appearance}: presentation mode (F5) and the theme. */
public final class AppearanceMenus {

    private AppearanceMenus() {
    }

    /** "Presentation mode", checked while it is on; F5 toggles it. */
    public static CheckMenuItem presentation(Appearance appearance) {
        CheckMenuItem item = new CheckMenuItem("Presentation mode");
        item.setId("menuPresentation");
        item.setAccelerator(KeyCombination.keyCombination("F5"));
        item.selectedProperty().bindBidirectional(appearance.presentationProperty());
        return item;
    }

    /** "Theme ▸ Light / Dark", the current one checked. */
    public static Menu theme(Appearance appearance) {
        Menu menu = new Menu("Theme");
        menu.setId("menuTheme");
        ToggleGroup group = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(Character.toUpperCase(theme.label().charAt(0))
                    + theme.label().substring(1));
            item.setId("menuTheme-" + theme.label());
            item.setToggleGroup(group);
            item.setUserData(theme);
            item.setSelected(appearance.themeProperty().get() == theme);
            item.setOnAction(e -> appearance.themeProperty().set(theme));
            menu.getItems().add(item);
        }
        appearance.themeProperty().addListener((obs, old, now) -> group.getToggles().forEach(
                t -> t.setSelected(t.getUserData() == now)));
        return menu;
    }
}
