package org.rstarworkbench.app.gui.classroom;

import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.Tooltip;

import org.rstarworkbench.app.gui.MainViewModel;

/**
 * "File ▸ Open demo run ▸ …": one item per bundled demo run, each opening it as a replay with no model and no store;
 * hovering an item shows what the run is about. Disabled while a live run goes on.
 */
public final class DemoRunsMenu {

    private DemoRunsMenu() {
    }

    /** The menu for the window's view-model. */
    public static Menu of(MainViewModel model) {
        Menu menu = new Menu("Open demo run");
        menu.setId("menuDemos");
        for (DemoRun demo : BundledDemos.all()) {
            Label label = new Label(demo.title());
            Tooltip tip = new Tooltip(demo.description());
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            label.setTooltip(tip);
            CustomMenuItem item = new CustomMenuItem(label);
            item.setId("menuDemo-" + demo.id());
            item.setOnAction(e -> model.openDemoRun(demo));
            menu.getItems().add(item);
        }
        menu.disableProperty().bind(model.run().liveBinding());
        return menu;
    }
}
