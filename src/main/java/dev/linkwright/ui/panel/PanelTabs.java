package dev.linkwright.ui.panel;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The tab strip under the canvas: Findings now, later Flows, Trace and Import report. Each panel
 * is a tab with an id, a title node (which may carry live counts, "Findings 3 ▲2 ●1") and content.
 *
 * <pre>{@code
 * PanelTabs tabs = new PanelTabs();
 * tabs.add("findings", findingsView.tabGraphic(), findingsView, false);
 * tabs.show("findings");
 * }</pre>
 */
public final class PanelTabs extends TabPane {

    public PanelTabs() {
        setId("panel-tabs");
        getStyleClass().add("panel-tabs");
        setTabClosingPolicy(TabClosingPolicy.SELECTED_TAB);
        setMinHeight(0);
    }

    /**
     * Adds (or replaces) the panel {@code id}; {@code closable} panels (a report) can be closed by the
     * user, the others stay. Returns the tab.
     */
    public Tab add(String id, Node title, Node content, boolean closable) {
        Tab tab = tab(id).orElse(null);
        if (tab == null) {
            tab = new Tab();
            tab.setId("tab-" + id);
            getTabs().add(tab);
        }
        tab.setText(null);
        tab.setGraphic(title);
        tab.setContent(content);
        tab.setClosable(closable);
        return tab;
    }

    /** Brings the panel {@code id} to the front; returns false when there is none. */
    public boolean show(String id) {
        Optional<Tab> tab = tab(id);
        tab.ifPresent(t -> getSelectionModel().select(t));
        return tab.isPresent();
    }

    public Optional<Tab> tab(String id) {
        return getTabs().stream().filter(t -> ("tab-" + id).equals(t.getId())).findFirst();
    }
}
