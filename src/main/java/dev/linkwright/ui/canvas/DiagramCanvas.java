package dev.linkwright.ui.canvas;

import dev.linkwright.diagram.DiagramConnection;
import dev.linkwright.diagram.DiagramGeometry;
import dev.linkwright.diagram.DiagramNode;
import dev.linkwright.model.Bounds;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.TopologyChange;
import dev.linkwright.model.TopologyListener;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;
import javafx.util.Duration;

/**
 * Draws a {@link Design} as an AWS architecture diagram: one scene-graph node per element (group
 * boxes, icons with labels, chips), connection lines in their kinds' styles, a legend, zoom
 * (Ctrl+wheel, pinch, {@link #zoomIn()}, {@link #fitToWindow()}, {@link #actualSize()}) and pan
 * (scroll bars, wheel, space+drag, middle-button drag). A click selects an element
 * ({@link #getSelection()}).
 *
 * <p>The canvas listens to the design's topology and layout. Changes arriving together are
 * coalesced into one refresh on the next pulse; a refresh recomputes the {@link DiagramGeometry}
 * (linear time) and touches only the nodes whose element, position or look changed.
 *
 * <pre>{@code
 * DiagramCanvas canvas = new DiagramCanvas();
 * canvas.setDesign(design);
 * canvas.getSelection().primaryProperty().addListener((o, was, id) -> inspector.show(id));
 * }</pre>
 */
public class DiagramCanvas extends StackPane {

    /** Smallest and largest zoom factors. */
    public static final double MIN_ZOOM = 0.05;
    public static final double MAX_ZOOM = 4.0;
    private static final double ZOOM_STEP = 1.25;

    private final DiagramRenderer renderer = new DiagramRenderer();
    private final Group content = renderer.content();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final StackPane holder;
    private final ScrollPane scroll;
    private final LegendView legend = new LegendView();
    private final Tooltip tooltip = new Tooltip();

    private final DiagramSelection selection;
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final ReadOnlyObjectWrapper<DiagramGeometry> geometry =
            new ReadOnlyObjectWrapper<>(this, "geometry", DiagramGeometry.empty());
    private final ObjectProperty<Node> placeholder = new SimpleObjectProperty<>(this, "placeholder");
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme", false);
    private final BooleanProperty legendVisible = new SimpleBooleanProperty(this, "legendVisible", true);

    private final TopologyListener topologyListener = this::topologyChanged;
    private final Runnable layoutListener = this::scheduleRefresh;
    private Design design;
    private boolean refreshScheduled;
    private boolean fitPending;
    private RefreshStats lastRefresh = new RefreshStats(0, 0, 0, 0, 0);
    private Object lastLegendKey;
    private ElementId hovered;
    private final List<java.util.function.BiConsumer<ElementId, List<javafx.scene.control.MenuItem>>> menuContributors =
            new java.util.ArrayList<>();
    private javafx.scene.control.ContextMenu elementMenu;
    /** Overlays (the simulator's packets) sit beside the diagram, not in it, so the diagram can be cached alone. */
    private final Group overlayRoot = new Group();

    /** A canvas with the default selection model. */
    public DiagramCanvas() {
        this(new DiagramSelection());
    }

    /** A canvas using {@code selection} (the editor passes its own, richer model). */
    public DiagramCanvas(DiagramSelection selection) {
        this.selection = selection;
        getStyleClass().add("diagram-canvas");
        getStylesheets().add(DiagramCanvas.class.getResource("diagram-canvas.css").toExternalForm());
        content.getTransforms().add(scale);
        overlayRoot.getTransforms().add(scale);
        overlayRoot.setMouseTransparent(true);
        holder = new StackPane(new Group(content, overlayRoot));
        holder.getStyleClass().add("diagram-holder");
        holder.setAlignment(Pos.CENTER);
        scroll = new ScrollPane(holder);
        scroll.getStyleClass().add("diagram-scroll");
        scroll.setPannable(false);
        scroll.setFocusTraversable(false);
        holder.minWidthProperty().bind(Bindings.createDoubleBinding(() -> scroll.getViewportBounds().getWidth(),
                scroll.viewportBoundsProperty()));
        holder.minHeightProperty().bind(Bindings.createDoubleBinding(() -> scroll.getViewportBounds().getHeight(),
                scroll.viewportBoundsProperty()));
        StackPane.setAlignment(legend, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(legend, new Insets(0, 26, 24, 0));

        getChildren().addAll(scroll, legend);
        setFocusTraversable(true);

        tooltip.setShowDelay(Duration.millis(400));
        new CanvasGestures(this, scroll).install();
        scroll.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        content.addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        scroll.addEventHandler(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenuRequested);
        selection.getSelectedIds().addListener((SetChangeListener<ElementId>) c -> updateSelectionOverlay());
        darkTheme.addListener((o, was, is) -> render(true, System.nanoTime()));
        legendVisible.addListener((o, was, is) -> updateLegend());
        placeholder.addListener((o, was, is) -> {
            if (was != null) {
                getChildren().remove(was);
            }
            if (is != null) {
                getChildren().add(is);
            }
            updatePlaceholder();
        });
        scroll.viewportBoundsProperty().addListener((o, was, is) -> {
            if (fitPending && is.getWidth() > 0 && is.getHeight() > 0) {
                fitPending = false;
                showWhole();
            }
        });
    }

    // ---- the design -------------------------------------------------------------------------------

    /** Shows {@code newDesign} (null for nothing) and fits it to the window, at most at 100 %. */
    public void setDesign(Design newDesign) {
        if (design != null) {
            design.topology().removeListener(topologyListener);
            design.layout().removeListener(layoutListener);
        }
        design = newDesign;
        if (design != null) {
            design.topology().addListener(topologyListener);
            design.layout().addListener(layoutListener);
        }
        selection.clear();
        refresh();
        if (scroll.getViewportBounds().getWidth() > 0) {
            showWhole();
        } else {
            fitPending = true;
        }
    }

    public Design getDesign() {
        return design;
    }

    /** The geometry currently drawn. */
    public ReadOnlyObjectProperty<DiagramGeometry> geometryProperty() {
        return geometry.getReadOnlyProperty();
    }

    public DiagramGeometry getGeometry() {
        return geometry.get();
    }

    public DiagramSelection getSelection() {
        return selection;
    }

    /** The scene-graph node drawn for element {@code id}, if any. */
    public Optional<Node> nodeFor(ElementId id) {
        return Optional.ofNullable(renderer.view(id));
    }

    /** The line drawn for a {@link DiagramConnection#key()}, if any. */
    public Optional<Node> connectionNode(String key) {
        return Optional.ofNullable(renderer.connectionView(key));
    }

    /** The diagram's scene-graph content at 100 % (before the zoom transform), for snapshots. */
    Node diagramContent() {
        return content;
    }

    /** What the last refresh did (for tests and performance figures). */
    public RefreshStats lastRefresh() {
        return lastRefresh;
    }

    /** Shown over the canvas while the design is empty (e.g. a welcome with the samples). */
    public ObjectProperty<Node> placeholderProperty() {
        return placeholder;
    }

    public void setPlaceholder(Node node) {
        placeholder.set(node);
    }

    /** Draw for a dark background. */
    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public BooleanProperty legendVisibleProperty() {
        return legendVisible;
    }

    private void topologyChanged(TopologyChange change) {
        scheduleRefresh();
    }

    private void scheduleRefresh() {
        if (refreshScheduled) {
            return;
        }
        refreshScheduled = true;
        Platform.runLater(this::refresh);
    }

    /** Recomputes the geometry now and updates the nodes that changed. */
    public void refresh() {
        refreshScheduled = false;
        long start = System.nanoTime();
        geometry.set(design == null ? DiagramGeometry.empty()
                : DiagramGeometry.compute(design.topology(), design.layout()));
        render(false, start);
    }

    // ---- rendering ---------------------------------------------------------------------------------

    private void render(boolean force, long startNanos) {
        DiagramGeometry g = geometry.get();
        lastRefresh = renderer.render(g, design == null ? new dev.linkwright.model.Topology() : design.topology(),
                new RenderContext(darkTheme.get()), force, startNanos);
        selection.retain(id -> g.node(id).isPresent());
        updateSelectionOverlay();
        updateLegend();
        updatePlaceholder();
    }

    private void updateLegend() {
        DiagramGeometry g = geometry.get();
        boolean anyPublic = false;
        boolean anyPrivate = false;
        for (DiagramNode n : g.nodes()) {
            anyPublic |= n.style().name().equals("public-subnet");
            anyPrivate |= n.style().name().equals("private-subnet");
        }
        Set<dev.linkwright.diagram.ConnectionKind> kinds = legendVisible.get() ? g.connectionKinds() : Set.of();
        boolean showPublic = legendVisible.get() && anyPublic;
        boolean showPrivate = legendVisible.get() && anyPrivate;
        Object key = List.of(kinds, showPublic, showPrivate, darkTheme.get());
        if (key.equals(lastLegendKey)) {
            return; // rebuilding it would cost a CSS pass for nothing
        }
        lastLegendKey = key;
        legend.show(kinds, showPublic, showPrivate, new RenderContext(darkTheme.get()));
        reserveLegendStrip();
    }

    /**
     * Keeps a strip as wide as the legend free on the right of the diagram, so that the diagram
     * can always be scrolled out from under it. Returns the strip's width.
     */
    private double reserveLegendStrip() {
        legend.applyCss();
        double strip = legend.isVisible() ? legend.prefWidth(-1) + 44 : 0;
        if (holder.getPadding().getRight() != strip) {
            holder.setPadding(new Insets(0, strip, 0, 0));
        }
        return strip;
    }

    private void updatePlaceholder() {
        Node p = placeholder.get();
        boolean empty = geometry.get().size() == 0;
        if (p != null) {
            p.setVisible(empty);
            p.setManaged(empty);
        }
        scroll.setVisible(!empty);
    }

    // ---- selection -------------------------------------------------------------------------------

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        requestFocus();
        ElementId id = elementAt(e.getPickResult().getIntersectedNode());
        if (id == null) {
            selection.clear();
        } else {
            selection.select(id);
        }
    }

    private void hovered(MouseEvent e) {
        ElementId id = elementAt(e.getPickResult().getIntersectedNode());
        if (java.util.Objects.equals(id, hovered)) {
            return;
        }
        hovered = id;
        if (id == null || design == null || !design.topology().contains(id)) {
            Tooltip.uninstall(content, tooltip);
            return;
        }
        tooltip.setText(TooltipText.of(design.topology(), id, geometry.get()));
        Tooltip.install(content, tooltip);
    }

    /** The element a picked node belongs to, or null for the background. */
    static ElementId elementAt(Node picked) {
        for (Node n = picked; n != null; n = n.getParent()) {
            if (n instanceof ElementView v) {
                return v.elementId();
            }
            if (n instanceof ConnectionView c) {
                return c.connection().element();
            }
        }
        return null;
    }

    private void updateSelectionOverlay() {
        renderer.showSelection(selection.getSelectedIds());
    }

    // ---- zoom and pan ----------------------------------------------------------------------------

    /** The zoom factor (1 = 100 %). */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public double getZoom() {
        return zoom.get();
    }

    public void zoomIn() {
        setZoom(getZoom() * ZOOM_STEP);
    }

    public void zoomOut() {
        setZoom(getZoom() / ZOOM_STEP);
    }

    /** 100 %. */
    public void actualSize() {
        setZoom(1);
    }

    /** Zooms to {@code factor}, keeping the middle of the view in place. */
    public void setZoom(double factor) {
        Point2D centre = scroll.localToScene(scroll.getWidth() / 2, scroll.getHeight() / 2);
        zoomAt(factor, centre);
    }

    /** Zooms to {@code factor} keeping the diagram point under {@code scenePoint} where it is. */
    void zoomAt(double factor, Point2D scenePoint) {
        double z = clamp(factor);
        if (z == getZoom()) {
            return;
        }
        Point2D diagramPoint = content.sceneToLocal(scenePoint);
        applyZoom(z);
        Point2D moved = content.localToScene(diagramPoint);
        scrollBy(moved.getX() - scenePoint.getX(), moved.getY() - scenePoint.getY());
    }

    private void applyZoom(double z) {
        scale.setX(z);
        scale.setY(z);
        zoom.set(z);
        scroll.layout();
    }

    /** Scales the whole diagram to the window (up to {@link #MAX_ZOOM}). */
    public void fitToWindow() {
        fit(MAX_ZOOM);
    }

    /** Fits the diagram to the window but never enlarges it beyond 100 %. */
    public void showWhole() {
        fit(1.0);
    }

    private void fit(double max) {
        double vw = scroll.getViewportBounds().getWidth();
        double vh = scroll.getViewportBounds().getHeight();
        if (vw <= 0 || vh <= 0) {
            fitPending = true;
            return;
        }
        double w = renderer.background().getWidth();
        double h = renderer.background().getHeight();
        double reserved = reserveLegendStrip();
        double z = w <= 0 || h <= 0 ? 1 : Math.min(max, Math.min((vw - reserved - 2) / w, (vh - 2) / h));
        applyZoom(clamp(z));
        // scroll bars and the legend's strip take room once laid out: shrink until nothing overflows
        for (int i = 0; i < 4; i++) {
            double overW = holder.getWidth() / Math.max(1, scroll.getViewportBounds().getWidth());
            double overH = holder.getHeight() / Math.max(1, scroll.getViewportBounds().getHeight());
            double over = Math.max(overW, overH);
            if (over <= 1.0005 || getZoom() <= MIN_ZOOM) {
                break;
            }
            applyZoom(clamp(getZoom() / over * 0.995));
        }
        scroll.setHvalue(0);
        scroll.setVvalue(0);
    }

    /** Scrolls the view by ({@code dx}, {@code dy}) screen pixels. */
    void scrollBy(double dx, double dy) {
        double extraW = holder.getWidth() - scroll.getViewportBounds().getWidth();
        double extraH = holder.getHeight() - scroll.getViewportBounds().getHeight();
        if (extraW > 0) {
            scroll.setHvalue(clamp01(scroll.getHvalue() + dx / extraW));
        }
        if (extraH > 0) {
            scroll.setVvalue(clamp01(scroll.getVvalue() + dy / extraH));
        }
    }

    /** Scrolls so that element {@code id} is in view (its centre in the middle when possible). */
    public void reveal(ElementId id) {
        ElementView v = renderer.view(id);
        if (v == null) {
            return;
        }
        Bounds b = v.node().bounds();
        Point2D target = content.localToScene(b.centerX(), b.centerY());
        Point2D centre = scroll.localToScene(scroll.getWidth() / 2, scroll.getHeight() / 2);
        scrollBy(target.getX() - centre.getX(), target.getY() - centre.getY());
    }

    // ---- overlays and element menus (used by the simulator) ----------------------------------------

    /**
     * Adds {@code layer} above the diagram, in diagram coordinates: it pans and zooms with the
     * drawing and never takes the mouse (e.g. the simulator's packets).
     */
    public void addOverlay(Node layer) {
        layer.setMouseTransparent(true);
        overlayRoot.getChildren().add(layer);
    }

    /**
     * Keeps the visible diagram (and the legend) as a bitmap, or stops doing so, while something
     * animates over it on a screen overlay: each frame then repaints a blit of the diagram instead of
     * every shape, label and rounded border under the moving packets, which is what keeps animation
     * smooth on the software pipeline. Anything that changes the diagram meanwhile re-renders the bitmap.
     */
    public void setDiagramCached(boolean cached) {
        for (Node n : List.of(scroll, legend)) {
            n.setCache(cached);
            n.setCacheHint(javafx.scene.CacheHint.DEFAULT);
        }
    }

    /**
     * Adds {@code layer} over the visible part of the canvas, in its own (screen) coordinates, e.g.
     * a drawing surface for many moving packets: changing it never touches the diagram's bounds.
     * Use {@link #diagramToSceneProperty()} to place diagram points on it.
     */
    public void addScreenOverlay(Node layer) {
        layer.setMouseTransparent(true);
        layer.setManaged(false);
        getChildren().add(getChildren().indexOf(scroll) + 1, layer);
    }

    /** The transform from diagram coordinates to the scene (zoom and scrolling included); it changes as the user zooms or scrolls. */
    public ReadOnlyObjectProperty<javafx.scene.transform.Transform> diagramToSceneProperty() {
        return content.localToSceneTransformProperty();
    }

    /** The diagram coordinates (100 %, before zoom) of a point of the scene. */
    public Point2D sceneToDiagram(double sceneX, double sceneY) {
        return content.sceneToLocal(sceneX, sceneY);
    }

    /** The innermost element drawn at a point of the scene, if any. */
    public Optional<ElementId> elementAtScene(double sceneX, double sceneY) {
        Point2D p = sceneToDiagram(sceneX, sceneY);
        return p == null ? Optional.empty() : geometry.get().nodeAt(p.getX(), p.getY()).map(DiagramNode::id);
    }

    /**
     * Adds items to the right-click menu of an element: {@code contributor} receives the element
     * under the pointer and the menu's items so far, and may append its own.
     */
    public void addElementMenuContributor(java.util.function.BiConsumer<ElementId, List<javafx.scene.control.MenuItem>> contributor) {
        menuContributors.add(contributor);
    }

    private void contextMenuRequested(javafx.scene.input.ContextMenuEvent e) {
        if (menuContributors.isEmpty()) {
            return;
        }
        Optional<ElementId> id = elementAtScene(e.getSceneX(), e.getSceneY());
        if (id.isEmpty()) {
            return;
        }
        List<javafx.scene.control.MenuItem> items = new java.util.ArrayList<>();
        menuContributors.forEach(c -> c.accept(id.get(), items));
        if (items.isEmpty()) {
            return;
        }
        selection.select(id.get());
        if (elementMenu != null) {
            elementMenu.hide();
        }
        elementMenu = new javafx.scene.control.ContextMenu(items.toArray(javafx.scene.control.MenuItem[]::new));
        elementMenu.setId("element-menu");
        // a little off the pointer, so that releasing the button does not pick the item under it
        elementMenu.show(this, e.getScreenX() + 2, e.getScreenY() + 2);
        e.consume();
    }

    private static double clamp(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
