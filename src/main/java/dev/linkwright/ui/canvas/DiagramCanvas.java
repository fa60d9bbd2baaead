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
    private final BadgeLayer badges = new BadgeLayer();
    private final javafx.scene.layout.Pane messages = new javafx.scene.layout.Pane();
    private final FeedbackView feedback = new FeedbackView();
    private final ReadOnlyObjectWrapper<Bounds> visibleArea = new ReadOnlyObjectWrapper<>(this, "visibleArea", new Bounds(0, 0, 0, 0));
    private EditGestures editing;
    private final MinimapView minimap;

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
    /** Where the legend's strip is kept free: below the diagram (true) or on its right. */
    private boolean legendBelow;
    /** True from opening a design until the user zooms or clicks: the whole diagram stays in view as the window settles or resizes. */
    private boolean followViewport;
    private RefreshStats lastRefresh = new RefreshStats(0, 0, 0, 0, 0);
    private Object lastLegendKey;
    private ElementId hovered;
    private final List<java.util.function.BiConsumer<ElementId, List<javafx.scene.control.MenuItem>>> menuContributors =
            new java.util.ArrayList<>();
    /** Overlays (the simulator's packets) sit beside the diagram, not in it, so the diagram can be cached alone. */
    private final Group overlayRoot = new Group();
    /**
     * The diagram as drawn on screen (the zoom included). While it is small enough it is kept as a
     * bitmap, so panning and scrolling move pixels instead of redrawing every shape; any change to
     * the diagram redraws the bitmap.
     */
    private final Group drawing = new Group(content);

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
        content.getChildren().add(badges.node());
        overlayRoot.getTransforms().add(scale);
        overlayRoot.setMouseTransparent(true);
        holder = new StackPane(new Group(drawing, overlayRoot));
        holder.getStyleClass().add("diagram-holder");
        holder.setAlignment(Pos.TOP_LEFT); // an edit that changes the diagram's size does not shift it on screen
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

        messages.setMouseTransparent(true);
        messages.setPickOnBounds(false);
        messages.getStyleClass().add("canvas-messages");
        minimap = new MinimapView(this);
        StackPane.setAlignment(minimap, Pos.BOTTOM_LEFT);
        StackPane.setMargin(minimap, new Insets(0, 0, 24, 16));
        getChildren().addAll(scroll, legend, minimap, messages);
        renderer.overlay().getChildren().add(feedback.highlight());
        messages.getChildren().add(feedback.label());
        setFocusTraversable(true);

        tooltip.setShowDelay(Duration.millis(400));
        new CanvasGestures(this, scroll).install();
        scroll.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        content.addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        selection.getSelectedIds().addListener((SetChangeListener<ElementId>) c -> updateSelectionOverlay());
        darkTheme.addListener((o, was, is) -> render(true, System.nanoTime()));
        legendVisible.addListener((o, was, is) -> updateLegend());
        placeholder.addListener((o, was, is) -> {
            if (was != null) {
                getChildren().remove(was);
            }
            if (is != null) {
                getChildren().add(1, is); // under the minimap and the drop messages
            }
            updatePlaceholder();
        });
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> followViewport = false);
        scroll.viewportBoundsProperty().addListener((o, was, is) -> {
            boolean resized = was == null || was.getWidth() != is.getWidth() || was.getHeight() != is.getHeight();
            if ((fitPending || (followViewport && resized)) && is.getWidth() > 0 && is.getHeight() > 0) {
                fitPending = false;
                showWhole();
            }
        });
        javafx.beans.InvalidationListener area = o -> updateVisibleArea();
        scroll.hvalueProperty().addListener(area);
        scroll.vvalueProperty().addListener(area);
        scroll.viewportBoundsProperty().addListener(area);
        zoom.addListener(area);
        holder.layoutBoundsProperty().addListener(area);
    }

    // ---- editing ----------------------------------------------------------------------------------

    /**
     * Makes the canvas an editor: the pointer selects (click, shift-click, marquee), drags to move
     * and re-parent, resizes containers by their corner handle and connects elements with the
     * connection tool, asking {@code editor} what is allowed and letting it make each change.
     */
    public void setEditing(CanvasEditing editor) {
        if (editing == null) {
            editing = new EditGestures(this, scroll);
            editing.install();
        }
        editing.setEditor(editor);
    }

    /** The point of the diagram (in diagram units) under a point of the scene. */
    public Point2D toDiagram(double sceneX, double sceneY) {
        return content.sceneToLocal(sceneX, sceneY);
    }

    /** The point of the scene over a point of the diagram. */
    public Point2D toScene(double x, double y) {
        return content.localToScene(x, y);
    }

    /** True when the scene point lies over the canvas. */
    public boolean isOver(double sceneX, double sceneY) {
        Point2D p = sceneToLocal(sceneX, sceneY);
        return p != null && getLayoutBounds().contains(p);
    }

    /** A layer over the diagram, in diagram units, for feedback drawn by tools (and the simulator's packets). */
    public Group overlay() {
        return renderer.overlay();
    }

    /**
     * Shows where a drag would land: {@code f}'s target outlined (green when allowed, red when not)
     * and its message beside the pointer at scene point ({@code sceneX}, {@code sceneY}).
     */
    public void showFeedback(DropFeedback f, double sceneX, double sceneY) {
        Bounds target = f.target() == null ? null : geometry.get().visibleNode(f.target()).map(DiagramNode::bounds).orElse(null);
        Point2D local = messages.sceneToLocal(sceneX, sceneY);
        feedback.show(target, f.allowed(), f.message(), local, messages.getWidth(), messages.getHeight());
    }

    /** Removes the drag feedback. */
    public void clearFeedback() {
        feedback.clear();
    }

    /** Shows {@code message} near scene point ({@code sceneX}, {@code sceneY}) for a few seconds (a refused drop says why). */
    public void flashMessage(String message, boolean error, double sceneX, double sceneY) {
        Point2D local = messages.sceneToLocal(sceneX, sceneY);
        feedback.flash(message, error, local, messages.getWidth(), messages.getHeight());
    }

    /** Shifts the drawn {@code ids} (and what is drawn inside them) by ({@code dx}, {@code dy}) until {@link #clearPreview()}. */
    public void previewMove(Set<ElementId> ids, double dx, double dy) {
        renderer.preview(drawnInside(ids), dx, dy);
    }

    public void clearPreview() {
        renderer.clearPreview();
    }

    /** {@code ids} and everything drawn inside them. */
    Set<ElementId> drawnInside(Set<ElementId> ids) {
        Set<ElementId> out = new java.util.HashSet<>(ids);
        for (DiagramNode n : geometry.get().nodes()) { // containers come before their content
            if (n.container() != null && out.contains(n.container())) {
                out.add(n.id());
            }
        }
        return out;
    }

    /** The element drawn at scene point ({@code sceneX}, {@code sceneY}), if any. */
    public Optional<ElementId> elementAt(double sceneX, double sceneY) {
        Point2D p = toDiagram(sceneX, sceneY);
        return geometry.get().nodeAt(p.getX(), p.getY()).map(DiagramNode::id);
    }

    /** The overview in the bottom-left corner (View ▸ Minimap). */
    public MinimapView minimap() {
        return minimap;
    }

    // ---- the visible area (for the minimap) ------------------------------------------------------------

    /** The part of the diagram in view, in diagram units. */
    public ReadOnlyObjectProperty<Bounds> visibleAreaProperty() {
        return visibleArea.getReadOnlyProperty();
    }

    private void updateVisibleArea() {
        javafx.geometry.Bounds vp = scroll.getViewportBounds();
        if (vp.getWidth() <= 0 || vp.getHeight() <= 0) {
            return;
        }
        Point2D topLeft = content.sceneToLocal(scroll.localToScene(0, 0));
        Point2D bottomRight = content.sceneToLocal(scroll.localToScene(vp.getWidth(), vp.getHeight()));
        if (topLeft == null || bottomRight == null) {
            return;
        }
        visibleArea.set(new Bounds(topLeft.getX(), topLeft.getY(), Math.max(0, bottomRight.getX() - topLeft.getX()),
                Math.max(0, bottomRight.getY() - topLeft.getY())));
        renderer.cull(drawing.isCache() ? null : visibleArea.get()); // a bitmap of it all needs no culling
    }

    /** Scrolls so that diagram point ({@code x}, {@code y}) is in the middle of the view. */
    public void centreOn(double x, double y) {
        Point2D target = content.localToScene(x, y);
        Point2D centre = scroll.localToScene(scroll.getViewportBounds().getWidth() / 2, scroll.getViewportBounds().getHeight() / 2);
        scrollBy(target.getX() - centre.getX(), target.getY() - centre.getY());
    }

    /** The area the whole diagram covers, in diagram units (margin included). */
    public Bounds diagramArea() {
        javafx.scene.shape.Rectangle b = renderer.background();
        return new Bounds(b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }

    /** True while a drag on the canvas is in progress; Esc cancels it. */
    boolean cancelGesture() {
        return editing != null && editing.cancel();
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
        followViewport = true;
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
        if (editing != null) {
            editing.geometryChanged();
        }
        lastRefresh = renderer.render(g, design == null ? new dev.linkwright.model.Topology() : design.topology(),
                new RenderContext(darkTheme.get()), force, startNanos);
        selection.retain(id -> g.node(id).isPresent());
        badges.update(g);
        updateSelectionOverlay();
        updateLegend();
        updatePlaceholder();
        updateDrawingCache();
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
     * Keeps a strip as large as the legend free beside the diagram (on the right, or below it when a
     * fit found that better for a wide, flat diagram), so that the diagram can always be scrolled out
     * from under the legend. Returns the strip's size.
     */
    private double reserveLegendStrip() {
        legend.applyCss();
        double strip = !legend.isVisible() ? 0 : legendBelow ? legend.prefHeight(-1) + 44 : legend.prefWidth(-1) + 44;
        Insets wanted = legendBelow ? new Insets(0, 0, strip, 0) : new Insets(0, strip, 0, 0);
        if (!holder.getPadding().equals(wanted)) {
            holder.setPadding(wanted);
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
        if (editing != null || e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
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
        tooltip.setText(TooltipText.of(design.topology(), id, geometry.get()) + badgeText(id));
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

    // ---- badges ----------------------------------------------------------------------------------

    /**
     * Replaces the badges drawn on elements (red error, amber warning; e.g. validation findings).
     * Ids not on the diagram are ignored; an element hidden in a collapsed container passes its
     * badge to the container. Hovering an element adds its badge's text to the tooltip.
     */
    public void setBadges(java.util.Map<ElementId, ElementBadge> newBadges) {
        badges.setBadges(newBadges, geometry.get());
    }

    /** The badges set with {@link #setBadges}. */
    public java.util.Map<ElementId, ElementBadge> getBadges() {
        return badges.badges();
    }

    /** The badge node drawn for element {@code id}, if it has one on the diagram. */
    public Optional<Node> badgeNode(ElementId id) {
        return badges.nodeFor(id);
    }

    private String badgeText(ElementId id) {
        ElementBadge b = badges.badgeOf(id);
        return b == null || b.text().isEmpty() ? "" : "\n\n" + b.text();
    }

    /** The scene-graph node of the resize handle under {@code picked}, as the id of the container it resizes. */
    static ElementId resizeHandleAt(Node picked) {
        return picked == null ? null : (ElementId) picked.getProperties().get(DiagramRenderer.RESIZES);
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
        followViewport = false;
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
        // while the zoom changes (a wheel or pinch gesture) each frame draws directly; the bitmap
        // comes back once the zoom has settled
        drawing.setCache(false);
        zoomSettling.playFromStart();
        scroll.layout();
    }

    private final javafx.animation.PauseTransition zoomSettling = settling();

    private javafx.animation.PauseTransition settling() {
        javafx.animation.PauseTransition t = new javafx.animation.PauseTransition(javafx.util.Duration.millis(150));
        t.setOnFinished(e -> updateDrawingCache());
        return t;
    }

    /** Largest drawing kept as a bitmap, in screen pixels (2,400 × 2,400 ARGB is 23 MB). */
    private static final double MAX_CACHED_PIXELS = 2400.0 * 2400.0;

    private void updateDrawingCache() {
        if (zoomSettling.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            return;
        }
        double w = renderer.background().getWidth() * getZoom();
        double h = renderer.background().getHeight() * getZoom();
        boolean small = w > 0 && h > 0 && w * h <= MAX_CACHED_PIXELS;
        if (drawing.isCache() != small) {
            drawing.setCache(small);
            drawing.setCacheHint(javafx.scene.CacheHint.DEFAULT);
            updateVisibleArea(); // the bitmap holds everything: nothing culled; without it, cull again
        }
    }

    /** Scales the whole diagram to the window (up to {@link #MAX_ZOOM}). */
    public void fitToWindow() {
        followViewport = false;
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
        // keep the legend's strip on the side that leaves the diagram larger
        legend.applyCss();
        double lw = legend.isVisible() ? legend.prefWidth(-1) + 44 : 0;
        double lh = legend.isVisible() ? legend.prefHeight(-1) + 44 : 0;
        double zRight = w <= 0 || h <= 0 ? 1 : Math.min(max, Math.min((vw - lw - 6) / w, (vh - 6) / h));
        double zBelow = w <= 0 || h <= 0 ? 1 : Math.min(max, Math.min((vw - 6) / w, (vh - lh - 6) / h));
        legendBelow = zBelow > zRight;
        reserveLegendStrip();
        double z = Math.max(zRight, zBelow);
        applyZoom(clamp(z));
        // computed from the sizes, not read back from the laid-out holder (which lags a pulse behind a
        // zoom change): when it fits with a few pixels to spare no scroll bar appears to take room
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

    /**
     * Adds items to the right-click menu of an element: {@code contributor} receives the element
     * under the pointer and the menu's items so far, and may append its own.
     */
    public void addElementMenuContributor(java.util.function.BiConsumer<ElementId, List<javafx.scene.control.MenuItem>> contributor) {
        menuContributors.add(contributor);
    }

    /** The items other features add to the right-click menu of element {@code id} (empty when none). */
    public List<javafx.scene.control.MenuItem> elementMenuItems(ElementId id) {
        List<javafx.scene.control.MenuItem> items = new java.util.ArrayList<>();
        menuContributors.forEach(c -> c.accept(id, items));
        return items;
    }

    /** Selects {@code ids} (the first is the primary) and scrolls the first into view. */
    public void selectAndReveal(List<ElementId> ids) {
        List<ElementId> shown = ids.stream().filter(id -> geometry.get().node(id).isPresent()).toList();
        if (shown.isEmpty()) {
            return;
        }
        selection.selectAll(shown, shown.get(0));
        reveal(shown.get(0));
    }

    private static double clamp(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
