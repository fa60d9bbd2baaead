package dev.linkwright.ui.simulation;

import dev.linkwright.analysis.Direction;
import dev.linkwright.analysis.Trace;
import dev.linkwright.analysis.flows.Failure;
import dev.linkwright.diagram.DiagramGeometry;
import dev.linkwright.diagram.DiagramNode;
import dev.linkwright.diagram.Point;
import dev.linkwright.model.Bounds;
import dev.linkwright.model.TopologyView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.effect.DropShadow;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * What the simulator draws over the diagram, in diagram coordinates: the packet of the trace being
 * played (blue forward, green back, red and bursting where it is dropped), the current hop outlined,
 * the blocking element glowing with a callout stating the reason, the packets of live traffic for
 * every flow, and the components failed in a what-if. It only replays traces: positions come from
 * {@link TraceRoute}, timing from the {@link TracePlayerViewModel} and {@link LiveTraffic}.
 */
public final class SimulationLayer extends Group {

    static final Color FORWARD = Color.web("#1e6fd9");
    static final Color RETURN = Color.web("#2e9d48");
    static final Color BLOCKED = Color.web("#d93025");

    private final FlowsViewModel model;
    private final Supplier<DiagramGeometry> geometry;
    private final Supplier<TopologyView> view;
    private java.util.function.Consumer<Boolean> onAnimating = animating -> { };

    private final Group failedMarks = new Group();
    private final Group playerGroup = new Group();
    private final Rectangle hopOutline = new Rectangle();
    private final Rectangle blockGlow = new Rectangle();
    private LiveTraffic.Packet played;
    private int shownIndex = -1;
    private boolean shownBlocked;
    private final Label callout = new Label();
    private final PacketCanvas packetCanvas = new PacketCanvas();
    private List<LiveTraffic.Packet> lastPackets = List.of();
    private Supplier<javafx.scene.transform.Transform> diagramToScene = javafx.scene.transform.Affine::new;
    private final Runnable redrawOnMove = this::redraw;
    private java.util.function.DoubleSupplier zoom = () -> 1;

    private TraceRoute route;
    private LiveTraffic traffic;
    private double liveClock;
    private double burstClock;
    private long lastNanos = -1;
    private long frames;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame(now);
        }
    };
    private boolean timerRunning;

    /** A layer for {@code model}'s flows on the diagram given by {@code geometry} and {@code view}. */
    public SimulationLayer(FlowsViewModel model, Supplier<DiagramGeometry> geometry, Supplier<TopologyView> view) {
        this.model = model;
        this.geometry = geometry;
        this.view = view;
        setId("simulation-layer");
        setManaged(false);
        hopOutline.setId("sim-hop-outline");
        hopOutline.setFill(Color.TRANSPARENT);
        hopOutline.setStroke(FORWARD);
        hopOutline.setStrokeWidth(2.5);
        hopOutline.setArcWidth(10);
        hopOutline.setArcHeight(10);
        blockGlow.setId("sim-block-glow");
        blockGlow.setFill(Color.color(0.85, 0.19, 0.15, 0.12));
        blockGlow.setStroke(BLOCKED);
        blockGlow.setStrokeWidth(3);
        blockGlow.setArcWidth(12);
        blockGlow.setArcHeight(12);
        blockGlow.setEffect(new DropShadow(14, BLOCKED));
        callout.setId("sim-callout");
        callout.getStyleClass().add("sim-callout");
        callout.setWrapText(true);
        callout.setMaxWidth(320);
        playerGroup.getChildren().addAll(hopOutline, blockGlow, callout);
        getChildren().addAll(failedMarks, playerGroup);

        TracePlayerViewModel player = model.player();
        player.traceProperty().addListener((o, was, is) -> rebuildRoute());
        player.positionProperty().addListener((o, was, is) -> {
            burstClock = 0;
            updatePlayer();
            ensureTimer();
        });
        player.playingProperty().addListener((o, was, is) -> ensureTimer());
        model.liveTrafficProperty().addListener((o, was, is) -> {
            rebuildTraffic();
            ensureTimer();
        });
        model.rows().addListener((javafx.collections.ListChangeListener<FlowRow>) c -> rebuildTraffic());
        model.failures().addListener((javafx.collections.ListChangeListener<Failure>) c -> updateFailures());
    }

    /**
     * Told {@code true} when animation starts and {@code false} when it stops (the canvas caches the
     * diagram as a bitmap meanwhile).
     */
    public void setOnAnimating(java.util.function.Consumer<Boolean> onAnimating) {
        this.onAnimating = onAnimating;
    }

    /** Where diagram points are on the screen and how far the diagram is zoomed (for the packet canvas). */
    public void setScreenMapping(Supplier<javafx.scene.transform.Transform> diagramToScene, java.util.function.DoubleSupplier zoom) {
        this.diagramToScene = diagramToScene;
        this.zoom = zoom;
    }

    /** The diagram was redrawn (an edit, a new design, a collapse): positions change. */
    public void geometryChanged() {
        rebuildRoute();
        rebuildTraffic();
        updateFailures();
    }

    /** Frames drawn since the layer was made (for the benchmark). */
    public long frames() {
        return frames;
    }

    /** The route of the trace being played, or null. */
    public TraceRoute route() {
        return route;
    }

    /** The live traffic drawn, or null when live mode is off. */
    public LiveTraffic traffic() {
        return traffic;
    }

    // ---- the played trace ------------------------------------------------------------------------------

    /** The view moved (zoom, scroll): the packets on the screen overlay follow. */
    public void viewMoved() {
        redrawOnMove.run();
    }

    private void rebuildRoute() {
        shownIndex = -1;
        Trace t = model.player().getTrace();
        route = t == null ? null : TraceRoute.of(t, geometry.get(), view.get());
        updatePlayer();
        ensureTimer();
    }

    private void updatePlayer() {
        TracePlayerViewModel player = model.player();
        if (route == null || route.size() == 0) {
            playerGroup.setVisible(false);
            played = null;
            shownIndex = -1;
            redraw();
            return;
        }
        playerGroup.setVisible(true);
        double pos = player.getPosition();
        Point p = route.pointAt(pos);
        int index = Math.max(0, Math.min(route.size() - 1, player.currentIndexProperty().get()));
        TraceRoute.Stop stop = route.stops().get(index);
        boolean blockedHere = stop.blocking() && Math.abs(pos - index) < 1e-6;
        Color colour = blockedHere ? BLOCKED : route.directionAt(pos) == Direction.RETURN ? RETURN : FORWARD;
        LiveTraffic.Kind kind = blockedHere ? LiveTraffic.Kind.BLOCKED
                : route.directionAt(pos) == Direction.RETURN ? LiveTraffic.Kind.RETURN : LiveTraffic.Kind.FORWARD;
        played = new LiveTraffic.Packet(p.x(), p.y(), kind, blockedHere ? burstPhase() : 0, -1);
        if (index == shownIndex && blockedHere == shownBlocked) {
            redraw();
            return;
        }
        shownIndex = index;
        shownBlocked = blockedHere;
        Bounds area = stop.area();
        hopOutline.setVisible(area != null && !blockedHere);
        if (area != null) {
            place(hopOutline, area, 5);
            hopOutline.setStroke(stop.direction() == Direction.RETURN ? RETURN : FORWARD);
        }
        blockGlow.setVisible(blockedHere && area != null);
        callout.setVisible(blockedHere);
        if (blockedHere) {
            if (area != null) {
                place(blockGlow, area, 7);
            }
            callout.setText(player.calloutProperty().get());
            double x = area != null ? area.maxX() + 14 : p.x() + 14;
            double y = area != null ? area.y() : p.y();
            callout.relocate(x, y);
        }
        redraw();
    }

    private double burstPhase() {
        return burstClock % 1.0;
    }

    /** Where the played trace's packet is drawn (diagram coordinates), or null. */
    public Point playedPacket() {
        return played == null ? null : new Point(played.x(), played.y());
    }

    /** Draws the moving packets (live traffic and the played trace's) on the packet canvas. */
    private void redraw() {
        packetCanvas.draw(lastPackets, played, diagramToScene.get(), zoom.getAsDouble());
    }

    private static void place(Rectangle r, Bounds b, double pad) {
        r.setX(b.x() - pad);
        r.setY(b.y() - pad);
        r.setWidth(b.width() + 2 * pad);
        r.setHeight(b.height() + 2 * pad);
    }

    // ---- live traffic ----------------------------------------------------------------------------------

    private void rebuildTraffic() {
        if (!model.liveTrafficProperty().get()) {
            traffic = null;
            lastPackets = List.of();
            redraw();
            return;
        }
        DiagramGeometry g = geometry.get();
        TopologyView v = view.get();
        List<TraceRoute> routes = new ArrayList<>();
        for (FlowRow row : model.rows()) {
            if (row.result() != null && row.result().trace() != null) {
                routes.add(TraceRoute.of(row.result().trace(), g, v));
            }
        }
        traffic = new LiveTraffic(routes, 1.0, 0.8);
    }

    private void updateTraffic() {
        if (traffic == null) {
            return;
        }
        lastPackets = traffic.packetsAt(liveClock, model.player().speedProperty().get() * 2);
    }

    /** How many live packets the last frame drew. */
    public int livePacketCount() {
        return lastPackets.size();
    }

    /** The surface live packets are drawn on; the canvas puts it over its visible part. */
    public javafx.scene.canvas.Canvas packetCanvas() {
        return packetCanvas;
    }

    // ---- what-if marks -------------------------------------------------------------------------------

    private void updateFailures() {
        failedMarks.getChildren().clear();
        DiagramGeometry g = geometry.get();
        for (Failure f : model.failures()) {
            DiagramNode n = g.visibleNode(f.element()).orElse(null);
            if (n == null) {
                continue;
            }
            Bounds b = n.shape() == dev.linkwright.diagram.NodeShape.GROUP ? n.bounds() : n.anchor();
            Rectangle r = new Rectangle(b.x() - 4, b.y() - 4, b.width() + 8, b.height() + 8);
            r.getStyleClass().add("sim-failed-mark");
            r.setFill(Color.color(0.85, 0.19, 0.15, 0.10));
            r.setStroke(BLOCKED);
            r.setStrokeWidth(2);
            r.getStrokeDashArray().setAll(7.0, 5.0);
            Label tag = new Label("✕ " + (f.part() == null ? "failed" : f.part() + " failed") + " (what-if)");
            tag.getStyleClass().add("sim-failed-tag");
            tag.relocate(b.x() - 4, b.y() - 22);
            failedMarks.getChildren().addAll(r, tag);
        }
    }

    // ---- the clock -------------------------------------------------------------------------------------

    private boolean needsFrames() {
        TracePlayerViewModel player = model.player();
        return traffic != null || player.playingProperty().get() || player.atBlockerProperty().get() && burstClock < 1.5;
    }

    private void ensureTimer() {
        boolean want = needsFrames();
        if (want && !timerRunning) {
            lastNanos = -1;
            timer.start();
            timerRunning = true;
            onAnimating.accept(true);
        } else if (!want && timerRunning) {
            timer.stop();
            timerRunning = false;
            onAnimating.accept(false);
        }
    }

    private void frame(long now) {
        double dt = lastNanos < 0 ? 0 : Math.min(0.1, (now - lastNanos) / 1e9);
        lastNanos = now;
        frames++;
        model.player().advance(dt);
        liveClock += dt;
        burstClock += dt;
        updateTraffic();
        if (played != null && played.kind() == LiveTraffic.Kind.BLOCKED) {
            played = new LiveTraffic.Packet(played.x(), played.y(), played.kind(), burstPhase(), -1);
        }
        redraw();
        ensureTimer();
    }
}
