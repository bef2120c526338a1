package org.rstarworkbench.app.gui.classroom;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

import org.rstarworkbench.app.gui.MainViewModel;

/**
 * "File ▸ Open demo run ▸ …": one item per bundled demo run, each opening it as a replay with no model and no store.
 * Disabled while a live run goes on.
 */
public final class DemoRunsMenu {

    private DemoRunsMenu() {
    }

    /** The menu for the window's view-model. */
    public static Menu of(MainViewModel model) {
        Menu menu = new Menu("Open demo run");
        menu.setId("menuDemos");
        for (DemoRun demo : BundledDemos.all()) {
            MenuItem item = new MenuItem(demo.title());
            item.setId("menuDemo-" + demo.id());
            item.setOnAction(e -> model.openDemoRun(demo));
            menu.getItems().add(item);
        }
        menu.disableProperty().bind(model.run().liveBinding());
        return menu;
    }
}
