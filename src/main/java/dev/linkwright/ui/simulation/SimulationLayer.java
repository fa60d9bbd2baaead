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
import javafx.scene.shape.Circle;
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

    private final Group failedMarks = new Group();
    private final Group liveGroup = new Group();
    private final Group playerGroup = new Group();
    private final Rectangle hopOutline = new Rectangle();
    private final Rectangle blockGlow = new Rectangle();
    private final Circle packet = new Circle(7);
    private final Circle burst = new Circle(10);
    private final Label callout = new Label();
    private final List<Circle> livePackets = new ArrayList<>();
    private final List<Circle> liveBursts = new ArrayList<>();

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
        packet.setId("sim-packet");
        packet.setStroke(Color.WHITE);
        packet.setStrokeWidth(1.5);
        burst.setId("sim-burst");
        burst.setFill(Color.TRANSPARENT);
        burst.setStroke(BLOCKED);
        burst.setStrokeWidth(2.5);
        callout.setId("sim-callout");
        callout.getStyleClass().add("sim-callout");
        callout.setWrapText(true);
        callout.setMaxWidth(320);
        playerGroup.getChildren().addAll(hopOutline, blockGlow, burst, packet, callout);
        getChildren().addAll(failedMarks, liveGroup, playerGroup);

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

    private void rebuildRoute() {
        Trace t = model.player().getTrace();
        route = t == null ? null : TraceRoute.of(t, geometry.get(), view.get());
        updatePlayer();
        ensureTimer();
    }

    private void updatePlayer() {
        TracePlayerViewModel player = model.player();
        if (route == null || route.size() == 0) {
            playerGroup.setVisible(false);
            return;
        }
        playerGroup.setVisible(true);
        double pos = player.getPosition();
        Point p = route.pointAt(pos);
        int index = Math.max(0, Math.min(route.size() - 1, player.currentIndexProperty().get()));
        TraceRoute.Stop stop = route.stops().get(index);
        boolean blockedHere = stop.blocking() && Math.abs(pos - index) < 1e-6;
        Color colour = blockedHere ? BLOCKED : route.directionAt(pos) == Direction.RETURN ? RETURN : FORWARD;
        packet.setCenterX(p.x());
        packet.setCenterY(p.y());
        packet.setFill(colour);
        Bounds area = stop.area();
        hopOutline.setVisible(area != null && !blockedHere);
        if (area != null) {
            place(hopOutline, area, 5);
            hopOutline.setStroke(stop.direction() == Direction.RETURN ? RETURN : FORWARD);
        }
        blockGlow.setVisible(blockedHere && area != null);
        burst.setVisible(blockedHere);
        callout.setVisible(blockedHere);
        if (blockedHere) {
            if (area != null) {
                place(blockGlow, area, 7);
            }
            burst.setCenterX(p.x());
            burst.setCenterY(p.y());
            callout.setText(player.calloutProperty().get());
            double x = area != null ? area.maxX() + 14 : p.x() + 14;
            double y = area != null ? area.y() : p.y();
            callout.relocate(x, y);
        }
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
            liveGroup.getChildren().clear();
            livePackets.clear();
            liveBursts.clear();
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
        List<LiveTraffic.Packet> packets = traffic.packetsAt(liveClock, model.player().speedProperty().get() * 2);
        int bursts = 0;
        int dots = 0;
        for (LiveTraffic.Packet p : packets) {
            Circle c = pooled(livePackets, dots++, 5);
            c.setCenterX(p.x());
            c.setCenterY(p.y());
            c.setFill(p.kind() == LiveTraffic.Kind.FORWARD ? FORWARD : p.kind() == LiveTraffic.Kind.RETURN ? RETURN : BLOCKED);
            if (p.kind() == LiveTraffic.Kind.BLOCKED) {
                Circle b = pooled(liveBursts, bursts++, 6);
                b.setFill(Color.TRANSPARENT);
                b.setStroke(BLOCKED);
                b.setStrokeWidth(2);
                b.setCenterX(p.x());
                b.setCenterY(p.y());
                b.setRadius(6 + 18 * p.burst());
                b.setOpacity(1 - p.burst());
            }
        }
        hideFrom(livePackets, dots);
        hideFrom(liveBursts, bursts);
    }

    private Circle pooled(List<Circle> pool, int i, double radius) {
        while (pool.size() <= i) {
            Circle c = new Circle(radius);
            c.setStroke(Color.WHITE);
            c.setStrokeWidth(1);
            pool.add(c);
            liveGroup.getChildren().add(c);
        }
        Circle c = pool.get(i);
        c.setVisible(true);
        return c;
    }

    private static void hideFrom(List<Circle> pool, int from) {
        for (int i = from; i < pool.size(); i++) {
            pool.get(i).setVisible(false);
        }
    }

    /** How many live packets the last frame drew. */
    public int livePacketCount() {
        return (int) livePackets.stream().filter(Circle::isVisible).count();
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
        } else if (!want && timerRunning) {
            timer.stop();
            timerRunning = false;
        }
    }

    private void frame(long now) {
        double dt = lastNanos < 0 ? 0 : Math.min(0.1, (now - lastNanos) / 1e9);
        lastNanos = now;
        frames++;
        model.player().advance(dt);
        liveClock += dt;
        burstClock += dt;
        if (burst.isVisible()) {
            double phase = (burstClock % 1.0);
            burst.setRadius(10 + 22 * phase);
            burst.setOpacity(1 - phase);
        }
        updateTraffic();
        ensureTimer();
    }
}
