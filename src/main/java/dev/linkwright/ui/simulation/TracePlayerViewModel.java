package dev.linkwright.ui.simulation;

import dev.linkwright.analysis.BlockedAt;
import dev.linkwright.analysis.Direction;
import dev.linkwright.analysis.Hop;
import dev.linkwright.analysis.Step;
import dev.linkwright.analysis.StepResult;
import dev.linkwright.analysis.Trace;
import dev.linkwright.analysis.flows.FixSuggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Plays one {@link Trace} back hop by hop: play, pause, step forward and back, a speed in hops per
 * second, and for the current hop what was checked there (its steps), with the blocking reason and
 * fix suggestions at the blocking hop. It only replays the trace's plain data; it never evaluates a
 * rule. Reusable: the study mode shows a trace after a reveal with the same player.
 *
 * <pre>{@code
 * TracePlayerViewModel player = new TracePlayerViewModel();
 * player.setTrace(trace);
 * player.stepForward();
 * player.currentHopProperty().get().id(); // the second hop
 * }</pre>
 *
 * <p>Time comes from outside ({@link #advance(double)}), so playback is deterministic in tests; the
 * view drives it from an animation timer.
 */
public final class TracePlayerViewModel {

    /**
     * One hop of the playback: forward hops first, then return hops.
     *
     * @param hop       the trace's hop
     * @param direction forward or return
     * @param index     its index within its direction
     * @param blocking  true where the packet is dropped
     */
    public record PlayerStop(Hop hop, Direction direction, int index, boolean blocking) {
    }

    /**
     * One step shown in the hop panel.
     *
     * @param action what was checked ("SECURITY_GROUP_INGRESS" in words)
     * @param result pass, fail or note
     * @param detail what matched, in words
     * @param packet the packet at that point ("10.0.1.10:40000 -> 10.0.10.50:443 tcp"), may be empty
     * @param element the element the step used (a security group, route table, ...), may be empty
     */
    public record StepLine(String action, StepResult result, String detail, String packet, String element) {
    }

    /** Default speed, in hops per second. */
    public static final double DEFAULT_SPEED = 1.5;

    private final ReadOnlyObjectWrapper<Trace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ObservableList<PlayerStop> stops = FXCollections.observableArrayList();
    private final ObservableList<PlayerStop> stopsView = FXCollections.unmodifiableObservableList(stops);
    private final ReadOnlyDoubleWrapper position = new ReadOnlyDoubleWrapper(this, "position", 0);
    private final ReadOnlyIntegerWrapper currentIndex = new ReadOnlyIntegerWrapper(this, "currentIndex", -1);
    private final ReadOnlyObjectWrapper<PlayerStop> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<Hop> currentHop = new ReadOnlyObjectWrapper<>(this, "currentHop");
    private final ReadOnlyStringWrapper hopTitle = new ReadOnlyStringWrapper(this, "hopTitle", "");
    private final ReadOnlyStringWrapper counter = new ReadOnlyStringWrapper(this, "counter", "");
    private final ObservableList<StepLine> stepLines = FXCollections.observableArrayList();
    private final ObservableList<StepLine> stepLinesView = FXCollections.unmodifiableObservableList(stepLines);
    private final ReadOnlyBooleanWrapper atBlocker = new ReadOnlyBooleanWrapper(this, "atBlocker");
    private final ReadOnlyStringWrapper callout = new ReadOnlyStringWrapper(this, "callout", "");
    private final ReadOnlyStringWrapper verdictText = new ReadOnlyStringWrapper(this, "verdictText", "");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", DEFAULT_SPEED);
    private final ObservableList<FixSuggestion> fixes = FXCollections.observableArrayList();
    private final ObservableList<FixSuggestion> fixesView = FXCollections.unmodifiableObservableList(fixes);
    private final ReadOnlyBooleanWrapper fixesShown = new ReadOnlyBooleanWrapper(this, "fixesShown");
    private final ObjectProperty<Function<Trace, List<FixSuggestion>>> fixSource =
            new SimpleObjectProperty<>(this, "fixSource", t -> List.of());
    private final ObjectProperty<Consumer<FixSuggestion>> onApplyFix = new SimpleObjectProperty<>(this, "onApplyFix");

    public TracePlayerViewModel() {
        position.addListener((o, was, is) -> updateCurrent());
    }

    // ---- the trace -------------------------------------------------------------------------------------

    /** Shows {@code t} from its first hop (null for nothing); playback stops. */
    public void setTrace(Trace t) {
        playing.set(false);
        trace.set(t);
        fixes.clear();
        fixesShown.set(false);
        stops.setAll(stopsOf(t));
        verdictText.set(t == null ? "" : t.isReachable() ? "Reachable (" + t.disposition() + ")" : "Blocked (" + t.disposition() + ")");
        position.set(0);
        updateCurrent();
    }

    public ReadOnlyObjectProperty<Trace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    public Trace getTrace() {
        return trace.get();
    }

    /** The hops in playback order. */
    public ObservableList<PlayerStop> stops() {
        return stopsView;
    }

    static List<PlayerStop> stopsOf(Trace t) {
        List<PlayerStop> list = new ArrayList<>();
        if (t == null) {
            return list;
        }
        BlockedAt b = t.blockedAt();
        int fwdBlock = b == null || b.direction() != Direction.FORWARD ? -1 : blockingIndex(t.forward(), b);
        int retBlock = b == null || b.direction() != Direction.RETURN ? -1 : blockingIndex(t.returnPath(), b);
        for (int i = 0; i < t.forward().size(); i++) {
            list.add(new PlayerStop(t.forward().get(i), Direction.FORWARD, i, i == fwdBlock));
        }
        for (int i = 0; i < t.returnPath().size(); i++) {
            list.add(new PlayerStop(t.returnPath().get(i), Direction.RETURN, i, i == retBlock));
        }
        return list;
    }

    private static int blockingIndex(List<Hop> hops, BlockedAt b) {
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (hops.get(i).id().equals(b.hopId())) {
                return i;
            }
        }
        return hops.size() - 1;
    }

    // ---- playback --------------------------------------------------------------------------------------

    /** Where the packet is, in hops from the first (2.5: half-way from the third hop to the fourth). */
    public ReadOnlyDoubleProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public double getPosition() {
        return position.get();
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    /** Hops per second while playing. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    private double last() {
        return Math.max(0, stops.size() - 1);
    }

    /** Plays from where it is; from the start when it is at the end. */
    public void play() {
        if (stops.isEmpty()) {
            return;
        }
        if (position.get() >= last()) {
            position.set(0);
        }
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Moves the packet on by {@code seconds} of playback; stops at the last hop (the blocker, when blocked). */
    public void advance(double seconds) {
        if (!playing.get() || stops.isEmpty()) {
            return;
        }
        double next = position.get() + seconds * Math.max(0.05, speed.get());
        if (next >= last()) {
            next = last();
            playing.set(false);
        }
        position.set(next);
    }

    /** The next hop (pauses playback). */
    public void stepForward() {
        playing.set(false);
        if (!stops.isEmpty()) {
            position.set(Math.min(last(), Math.floor(position.get() + 1e-9) + 1));
        }
    }

    /** The previous hop (pauses playback). */
    public void stepBack() {
        playing.set(false);
        if (!stops.isEmpty()) {
            position.set(Math.max(0, Math.ceil(position.get() - 1e-9) - 1));
        }
    }

    /** Jumps to hop {@code index} (pauses playback). */
    public void goTo(int index) {
        playing.set(false);
        if (!stops.isEmpty()) {
            position.set(Math.max(0, Math.min(last(), index)));
        }
    }

    public boolean canStepForward() {
        return !stops.isEmpty() && position.get() < last();
    }

    public boolean canStepBack() {
        return !stops.isEmpty() && position.get() > 0;
    }

    // ---- the current hop -------------------------------------------------------------------------------

    /** The hop the packet is at or last passed; -1 without a trace. */
    public ReadOnlyIntegerProperty currentIndexProperty() {
        return currentIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlayerStop> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Hop> currentHopProperty() {
        return currentHop.getReadOnlyProperty();
    }

    /** "Forward hop 7 of 11 · vpce-a (Interface endpoint)". */
    public ReadOnlyStringProperty hopTitleProperty() {
        return hopTitle.getReadOnlyProperty();
    }

    /** "hop 5/9". */
    public ReadOnlyStringProperty counterProperty() {
        return counter.getReadOnlyProperty();
    }

    /** What was checked at the current hop. */
    public ObservableList<StepLine> stepLines() {
        return stepLinesView;
    }

    /** True when the current hop is where the packet is dropped. */
    public ReadOnlyBooleanProperty atBlockerProperty() {
        return atBlocker.getReadOnlyProperty();
    }

    /** At the blocker: the reason in one sentence with the code and rule; else empty. */
    public ReadOnlyStringProperty calloutProperty() {
        return callout.getReadOnlyProperty();
    }

    /** "Reachable (ACCEPTED)" or "Blocked (DENIED_IN)". */
    public ReadOnlyStringProperty verdictTextProperty() {
        return verdictText.getReadOnlyProperty();
    }

    private void updateCurrent() {
        int i = stops.isEmpty() ? -1 : (int) Math.min(last(), Math.floor(position.get() + 1e-9));
        if (i == currentIndex.get() && (i < 0 || current.get() == stops.get(i))) {
            return;
        }
        currentIndex.set(i);
        PlayerStop s = i < 0 ? null : stops.get(i);
        current.set(s);
        currentHop.set(s == null ? null : s.hop());
        if (s == null) {
            hopTitle.set("");
            counter.set("");
            stepLines.clear();
            atBlocker.set(false);
            callout.set("");
            return;
        }
        int inDirection = (int) stops.stream().filter(x -> x.direction() == s.direction()).count();
        hopTitle.set((s.direction() == Direction.FORWARD ? "Forward" : "Return") + " hop " + (s.index() + 1) + " of " + inDirection
                + " · " + s.hop().id() + " (" + s.hop().kind().label() + ")");
        counter.set("hop " + (i + 1) + "/" + stops.size());
        List<StepLine> lines = new ArrayList<>();
        for (Step step : s.hop().steps()) {
            lines.add(new StepLine(words(step.action().name()), step.result(), step.detail(),
                    step.packet() == null ? "" : step.packet().toString(), step.elementId() == null ? "" : step.elementId().value()));
        }
        stepLines.setAll(lines);
        atBlocker.set(s.blocking());
        BlockedAt b = trace.get().blockedAt();
        callout.set(s.blocking() && b != null ? calloutText(b) : "");
    }

    /** The blocking reason in one sentence, with the element, the code and the rulebook rule. */
    public static String calloutText(BlockedAt b) {
        return b.message() + "  [" + b.elementId() + " · " + b.code() + (b.rule() == null || b.rule().isEmpty() ? "" : " · " + b.rule())
                + "]";
    }

    /** "SECURITY_GROUP_INGRESS" → "Security group ingress". */
    static String words(String constant) {
        String s = constant.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        s = s.replace("nacl", "network ACL").replace("tgw", "transit gateway").replace("dns", "DNS").replace("vpn", "VPN")
                .replace("privatelink", "PrivateLink").replace("nat ", "NAT ");
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---- fixes -----------------------------------------------------------------------------------------

    /** Where fix suggestions come from (the app passes the fix advisor with the open design). */
    public ObjectProperty<Function<Trace, List<FixSuggestion>>> fixSourceProperty() {
        return fixSource;
    }

    /** What "Apply" on a suggestion does (the app executes it as a command); null hides the button. */
    public ObjectProperty<Consumer<FixSuggestion>> onApplyFixProperty() {
        return onApplyFix;
    }

    public ObservableList<FixSuggestion> fixes() {
        return fixesView;
    }

    public ReadOnlyBooleanProperty fixesShownProperty() {
        return fixesShown.getReadOnlyProperty();
    }

    /** Lists what would make the trace pass. */
    public void showFixes() {
        Trace t = trace.get();
        fixes.setAll(t == null || t.isReachable() ? List.of() : fixSource.get().apply(t));
        fixesShown.set(true);
    }

    public void applyFix(FixSuggestion fix) {
        Consumer<FixSuggestion> apply = onApplyFix.get();
        if (apply != null && fix.applicable()) {
            apply.accept(fix);
        }
    }
}
