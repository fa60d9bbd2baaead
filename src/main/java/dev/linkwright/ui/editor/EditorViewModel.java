package dev.linkwright.ui.editor;

import dev.linkwright.command.Command;
import dev.linkwright.command.DeletePlan;
import dev.linkwright.command.Edits;
import dev.linkwright.command.PutElement;
import dev.linkwright.command.RenameElement;
import dev.linkwright.command.SetBounds;
import dev.linkwright.diagram.DiagramGeometry;
import dev.linkwright.diagram.DiagramNode;
import dev.linkwright.diagram.NodeShape;
import dev.linkwright.edit.Arrange;
import dev.linkwright.edit.Connections;
import dev.linkwright.edit.CopyPaste;
import dev.linkwright.edit.DesignSearch;
import dev.linkwright.edit.Drops;
import dev.linkwright.edit.ElementProperties;
import dev.linkwright.edit.ElementRecords;
import dev.linkwright.edit.RowTables;
import dev.linkwright.edit.LayoutEdits;
import dev.linkwright.edit.Moves;
import dev.linkwright.model.Bounds;
import dev.linkwright.model.Design;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.Topology;
import dev.linkwright.ui.canvas.CanvasEditing;
import dev.linkwright.ui.canvas.DiagramSelection;
import dev.linkwright.ui.canvas.DropFeedback;
import dev.linkwright.ui.common.DialogService;
import dev.linkwright.ui.main.MainWindowViewModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.SetChangeListener;

/**
 * The designer's actions on the open design, without the window: drop a palette item, move,
 * re-parent, resize, connect, delete (confirming what a delete takes along), cut, copy, paste,
 * duplicate, align, distribute, auto layout, nudge, rename, change a property, search. Every change
 * is one command on the design's {@link dev.linkwright.command.CommandStack} through
 * {@link MainWindowViewModel#execute}; what cannot be done is refused with the reason (shown in
 * place by the view, and in the status bar).
 *
 * <pre>{@code
 * EditorViewModel editor = new EditorViewModel(main, dialogs, canvas.getSelection(), canvas::getGeometry);
 * canvas.setEditing(editor);
 * editor.drop(ElementKind.INSTANCE, x, y);
 * }</pre>
 */
public final class EditorViewModel implements CanvasEditing {

    /** How far a pasted or duplicated element lands from its original. */
    static final double PASTE_OFFSET = 24;

    private final MainWindowViewModel main;
    private final DialogService dialogs;
    private final DiagramSelection selection;
    private final Supplier<DiagramGeometry> geometry;
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(this, "tool", Tool.SELECT);
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper(this, "hasSelection");
    private final ReadOnlyBooleanWrapper clipboardFull = new ReadOnlyBooleanWrapper(this, "clipboardFull");
    private CopyPaste.Clip clipboard;
    private int pastes;
    private Consumer<String> onRefused = s -> { };

    /**
     * @param main the open design, its undo history and the status bar
     * @param dialogs where confirmations are asked
     * @param selection the canvas's selection
     * @param geometry the diagram as currently drawn (the canvas's geometry)
     */
    public EditorViewModel(MainWindowViewModel main, DialogService dialogs, DiagramSelection selection,
                           Supplier<DiagramGeometry> geometry) {
        this.main = main;
        this.dialogs = dialogs;
        this.selection = selection;
        this.geometry = geometry;
        selection.getSelectedIds().addListener((SetChangeListener<ElementId>) c -> hasSelection.set(!selection.isEmpty()));
    }

    /** An editor computing the geometry itself (for use without a canvas). */
    public EditorViewModel(MainWindowViewModel main, DialogService dialogs, DiagramSelection selection) {
        this(main, dialogs, selection, () -> DiagramGeometry.compute(main.getDesign().topology(), main.getDesign().layout()));
    }

    // ---- state ----------------------------------------------------------------------------------------

    public ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    @Override
    public Tool tool() {
        return tool.get();
    }

    public DiagramSelection selection() {
        return selection;
    }

    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }

    /** True once something was copied (Paste is possible). */
    public ReadOnlyBooleanProperty clipboardFullProperty() {
        return clipboardFull.getReadOnlyProperty();
    }

    /** True when at least {@code n} elements are selected (align needs 2, distribute 3). */
    public BooleanBinding selectedAtLeast(int n) {
        return Bindings.createBooleanBinding(() -> selection.getSelectedIds().size() >= n, selection.getSelectedIds());
    }

    /** Called with the reason whenever an action is refused, for the view to show it in place. */
    public void setOnRefused(Consumer<String> onRefused) {
        this.onRefused = onRefused == null ? s -> { } : onRefused;
    }

    private Design design() {
        return main.getDesign();
    }

    private Topology topology() {
        return design().topology();
    }

    /** Says why something cannot be done: in the status bar and, through the view, in place. */
    public void refuse(String reason) {
        main.setStatus(reason);
        onRefused.accept(reason);
    }

    private boolean run(LayoutEdits.Result r, String afterwards) {
        if (!r.ok()) {
            refuse(r.reason());
            return false;
        }
        boolean changed = main.execute(r.command());
        if (changed && (afterwards != null || !r.notes().isEmpty())) {
            String base = afterwards != null ? afterwards : r.command().description();
            main.setStatus(r.notes().isEmpty() ? base : base + ": " + String.join("; ", r.notes()));
        }
        return changed;
    }

    // ---- palette --------------------------------------------------------------------------------------

    /** What dropping a new {@code kind} at diagram point ({@code x}, {@code y}) would do. */
    public DropFeedback checkDrop(ElementKind kind, double x, double y) {
        Drops.Check c = Drops.check(topology(), geometry.get(), kind, x, y);
        return new DropFeedback(c.target(), c.allowed(), c.message());
    }

    /** Adds a new {@code kind} at diagram point ({@code x}, {@code y}) and selects it; false (with the reason) when refused. */
    public boolean drop(ElementKind kind, double x, double y) {
        DiagramGeometry g = geometry.get();
        Drops.Check c = Drops.check(topology(), g, kind, x, y);
        if (!c.allowed()) {
            refuse(c.message());
            return false;
        }
        ElementId container = c.creation().first().parent() == null ? null : c.target();
        if (c.target() != null && g.node(c.target()).isEmpty()) {
            container = null;
        }
        String description = "Add " + kind.label() + " " + c.creation().primary();
        boolean done = run(LayoutEdits.place(g, design().layout(), c.creation(), container, x, y, description), c.message());
        if (done) {
            selection.select(c.creation().primary());
        }
        return done;
    }

    /** Adds a new {@code kind} into the selected element (or the nearest container around it that may hold it). */
    public boolean addToSelection(ElementKind kind) {
        DiagramGeometry g = geometry.get();
        ElementId into = selection.getPrimary();
        Optional<DiagramNode> n = into == null ? Optional.empty() : g.node(into);
        if (n.isEmpty()) {
            Drops.Check c = Drops.check(topology(), kind, null);
            if (!c.allowed()) {
                refuse(c.message());
                return false;
            }
            return drop(kind, g.extent().maxX() + 140, g.extent().y() + 60);
        }
        DiagramNode node = n.get();
        ElementId container = node.shape() == NodeShape.GROUP ? node.id() : node.container();
        Drops.Check c = Drops.check(topology(), kind, container);
        if (!c.allowed()) {
            refuse(c.message());
            return false;
        }
        Element first = c.creation().first();
        String description = "Add " + kind.label() + " " + c.creation().primary();
        List<Command> parts = new ArrayList<>();
        for (Element e : c.creation().elements()) {
            parts.add(new PutElement(e, ""));
        }
        boolean done = main.execute(Edits.group(description, parts));
        if (done) {
            main.setStatus(c.message());
            selection.select(first.id());
        }
        return done;
    }

    // ---- move, resize, connect (the canvas's gestures) -----------------------------------------------

    @Override
    public DropFeedback checkMove(Set<ElementId> ids, ElementId under) {
        MovePlan p = planMove(ids, under);
        if (!p.allowed) {
            return new DropFeedback(p.target, false, p.reason);
        }
        if (p.target != null) {
            return new DropFeedback(p.target, true, "Move into " + label(p.target));
        }
        return DropFeedback.none();
    }

    /** Where a drag of {@code ids} over container {@code under} lands; target is null when they stay in their containers. */
    private record MovePlan(boolean allowed, ElementId target, String reason) {
    }

    private MovePlan planMove(Set<ElementId> ids, ElementId under) {
        DiagramGeometry g = geometry.get();
        Topology t = topology();
        ElementId newTarget = null;
        for (ElementId id : LayoutEdits.topMost(g, ids)) {
            Element e = t.get(id);
            if (e.kind().isTopLevel()) {
                if (under != null) {
                    return new MovePlan(false, under, Drops.sentenceFor(e.kind()) + " stays at the top of the diagram, outside other boxes.");
                }
                continue;
            }
            ElementId current = g.get(id).container();
            ElementId landing = Moves.landingContainer(t, e, under);
            if (landing == null) {
                String where = e instanceof LoadBalancer || e instanceof InterfaceEndpoint ? "a subnet of its VPC"
                        : String.join(" or ", e.kind().allowedParents().stream().map(ElementKind::phrase).toList());
                return new MovePlan(false, under, Drops.sentenceFor(e.kind()) + " goes in " + where + ": drop it inside one.");
            }
            if (landing.equals(current)) {
                continue;
            }
            Moves.Check check = Moves.check(t, id, current, landing);
            if (!check.allowed()) {
                return new MovePlan(false, landing, check.reason());
            }
            newTarget = landing;
        }
        return new MovePlan(true, newTarget, null);
    }

    @Override
    public void move(Set<ElementId> ids, double dx, double dy, ElementId under) {
        MovePlan p = planMove(ids, under);
        if (!p.allowed) {
            refuse(p.reason);
            return;
        }
        if (dx == 0 && dy == 0 && p.target == null) {
            return;
        }
        run(LayoutEdits.move(topology(), geometry.get(), design().layout(), ids, dx, dy, p.target), null);
    }

    /** Moves the selection by ({@code dx}, {@code dy}) within its containers (arrow keys). */
    public void nudge(double dx, double dy) {
        Set<ElementId> ids = new LinkedHashSet<>(selection.getSelectedIds());
        if (ids.isEmpty()) {
            return;
        }
        run(LayoutEdits.move(topology(), geometry.get(), design().layout(), ids, dx, dy, null), null);
    }

    @Override
    public Bounds minimumSize(ElementId id) {
        return LayoutEdits.minimumSize(geometry.get(), id);
    }

    @Override
    public void resize(ElementId id, Bounds absolute) {
        run(LayoutEdits.resize(geometry.get(), design().layout(), id, absolute), null);
    }

    @Override
    public DropFeedback checkConnect(ElementId from, ElementId to) {
        Connections.Plan p = Connections.plan(topology(), from, to);
        return new DropFeedback(to, p.allowed(), p.allowed() ? p.description() : p.reason());
    }

    @Override
    public void connect(ElementId from, ElementId to) {
        Connections.Plan p = Connections.plan(topology(), from, to);
        if (!p.allowed()) {
            refuse(p.reason());
            return;
        }
        List<Command> parts = new ArrayList<>();
        for (Element e : p.elements()) {
            parts.add(new PutElement(e, ""));
        }
        if (main.execute(Edits.group(p.description(), parts))) {
            Element first = p.elements().get(0);
            selection.select(topology().contains(first.id()) && !first.id().equals(from) && !first.id().equals(to) ? first.id() : to);
        }
    }

    // ---- delete, clipboard ------------------------------------------------------------------------------

    /** Deletes the selection, after confirming when the delete takes other elements along. */
    public boolean delete() {
        Set<ElementId> ids = existingSelection();
        if (ids.isEmpty()) {
            return false;
        }
        DeletePlan plan = DeletePlan.of(topology(), ids);
        if (!plan.alsoRemoved().isEmpty() || !plan.edited().isEmpty()) {
            String what = ids.size() == 1 ? label(ids.iterator().next()) : ids.size() + " elements";
            if (!dialogs.confirm("Delete " + what + "?", plan.summary(), "Delete")) {
                main.setStatus("Nothing deleted");
                return false;
            }
        }
        boolean done = main.execute(Edits.delete(plan));
        if (done) {
            selection.clear();
        }
        return done;
    }

    /** Copies the selection (with everything inside it). */
    public void copy() {
        Set<ElementId> ids = existingSelection();
        if (ids.isEmpty()) {
            return;
        }
        clipboard = CopyPaste.copy(topology(), design().layout(), ids);
        pastes = 0;
        clipboardFull.set(!clipboard.isEmpty());
        main.setStatus("Copied " + (ids.size() == 1 ? label(ids.iterator().next()) : ids.size() + " elements"));
    }

    /** Copies the selection, then deletes it. */
    public void cut() {
        copy();
        if (clipboard != null && !clipboard.isEmpty()) {
            delete();
        }
    }

    /** Pastes into the selected container (or where the copies came from), with fresh ids and free addresses. */
    public boolean paste() {
        if (clipboard == null || clipboard.isEmpty()) {
            refuse("Nothing to paste: copy something first.");
            return false;
        }
        pastes++;
        return pasteClip(clipboard, selection.getPrimary(), PASTE_OFFSET * pastes, "Paste");
    }

    /** Copies and pastes the selection in one step, beside the originals. */
    public boolean duplicate() {
        Set<ElementId> ids = existingSelection();
        if (ids.isEmpty()) {
            return false;
        }
        return pasteClip(CopyPaste.copy(topology(), design().layout(), ids), null, PASTE_OFFSET, "Duplicate");
    }

    private boolean pasteClip(CopyPaste.Clip clip, ElementId into, double offset, String verb) {
        DiagramGeometry g = geometry.get();
        CopyPaste.Paste p = CopyPaste.paste(topology(), clip, into, offset);
        if (!p.allowed()) {
            refuse(p.reason());
            return false;
        }
        List<Command> parts = new ArrayList<>();
        for (Element e : p.elements()) {
            parts.add(new PutElement(e, ""));
        }
        p.bounds().forEach((id, b) -> parts.add(new SetBounds(id, b)));
        Set<ElementId> containers = new LinkedHashSet<>();
        for (Element e : p.elements()) {
            if (p.roots().contains(e.id())) {
                containers.add(diagramContainerOf(e));
            }
        }
        for (ElementId c : containers) {
            if (c == null || g.node(c).isPresent()) {
                parts.addAll(LayoutEdits.pin(g, design().layout(), c, Set.of()));
            }
        }
        String what = clip.roots().size() == 1 ? clip.roots().get(0).value() : clip.roots().size() + " elements";
        boolean done = main.execute(Edits.group(verb + " " + what, parts));
        if (done) {
            selection.selectAll(p.roots(), p.roots().get(p.roots().size() - 1));
        }
        return done;
    }

    private static ElementId diagramContainerOf(Element e) {
        if (e instanceof LoadBalancer lb && !lb.nodes().isEmpty()) {
            return lb.nodes().get(0).subnet();
        }
        if (e instanceof InterfaceEndpoint ie && !ie.interfaces().isEmpty()) {
            return ie.interfaces().get(0).subnet();
        }
        return e.parent();
    }

    /** Selects every element drawn. */
    public void selectAll() {
        List<ElementId> all = new ArrayList<>();
        for (DiagramNode n : geometry.get().nodes()) {
            if (!n.hidden()) {
                all.add(n.id());
            }
        }
        selection.selectAll(all, null);
    }

    private Set<ElementId> existingSelection() {
        Set<ElementId> ids = new LinkedHashSet<>();
        for (ElementId id : selection.getSelectedIds()) {
            if (topology().contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    // ---- arrange ----------------------------------------------------------------------------------------

    public void align(Arrange.Alignment alignment) {
        DiagramGeometry g = geometry.get();
        List<ElementId> tops = LayoutEdits.topMost(g, existingSelection());
        if (tops.size() < 2) {
            refuse("Select two or more elements to align them.");
            return;
        }
        run(LayoutEdits.arrange(g, design().layout(), Arrange.align(LayoutEdits.boundsOf(g, tops), alignment), alignment.label()), null);
    }

    public void distribute(Arrange.Axis axis) {
        DiagramGeometry g = geometry.get();
        List<ElementId> tops = LayoutEdits.topMost(g, existingSelection());
        if (tops.size() < 3) {
            refuse("Select three or more elements to distribute them.");
            return;
        }
        run(LayoutEdits.arrange(g, design().layout(), Arrange.distribute(LayoutEdits.boundsOf(g, tops), axis),
                axis == Arrange.Axis.HORIZONTAL ? "Distribute horizontally" : "Distribute vertically"), null);
    }

    /** Lets the automatic layout arrange the contents of the selected container again. */
    public void autoLayout() {
        DiagramGeometry g = geometry.get();
        ElementId id = selection.getPrimary();
        Optional<DiagramNode> n = id == null ? Optional.empty() : g.node(id);
        if (n.isEmpty() || n.get().shape() != NodeShape.GROUP) {
            refuse("Select a container (a VPC, subnet, ...) to lay out its contents.");
            return;
        }
        run(LayoutEdits.autoLayout(g, design().layout(), id), null);
    }

    // ---- properties ---------------------------------------------------------------------------------------

    /** Puts {@code changed} in place of the element with its id, named "Change {what} of {label}". */
    public boolean change(Element changed, String what) {
        if (!topology().contains(changed.id())) {
            refuse(changed.id() + " is no longer in the design.");
            return false;
        }
        return main.execute(Edits.change(changed, lowerFirst(what)));
    }

    /**
     * Checks typed {@code text} for property {@code p} of element {@code id} without changing
     * anything: null when it may be committed, else the reason (for a red field as the user types).
     */
    public String checkProperty(ElementId id, ElementProperties.Property p, String text) {
        Optional<Element> e = element(id);
        if (e.isEmpty()) {
            return "the element is no longer in the design";
        }
        try {
            ElementProperties.withText(e.get(), p, text);
            return null;
        } catch (IllegalArgumentException ex) {
            return ex.getMessage();
        }
    }

    /** Sets property {@code p} of element {@code id} from typed {@code text} (one undo entry); null when done, else why not. */
    public String setProperty(ElementId id, ElementProperties.Property p, String text) {
        String problem = checkProperty(id, p, text);
        if (problem != null) {
            return problem;
        }
        Element current = topology().get(id);
        Element changed = ElementProperties.withText(current, p, text);
        if (!changed.equals(current)) {
            change(changed, p.label());
        }
        return null;
    }

    /** Sets property {@code p} of element {@code id} to {@code value}; null when done, else why not. */
    public String setPropertyValue(ElementId id, ElementProperties.Property p, Object value) {
        Optional<Element> e = element(id);
        if (e.isEmpty()) {
            return "the element is no longer in the design";
        }
        try {
            Element changed = ElementProperties.withValue(e.get(), p, value);
            if (!changed.equals(e.get())) {
                change(changed, p.label());
            }
            return null;
        } catch (IllegalArgumentException ex) {
            return ex.getMessage();
        }
    }

    /** The rows of table property {@code p} of element {@code id}. */
    public List<?> rows(ElementId id, ElementProperties.Property p) {
        return element(id).map(e -> (List<?>) ElementProperties.value(e, p)).orElse(List.of());
    }

    /** Sets one cell of a rule table from typed text (one undo entry); null when done, else why not. */
    public String setCell(ElementId id, ElementProperties.Property p, int row, RowTables.Column column, String text) {
        List<Object> rows = new ArrayList<>(rows(id, p));
        if (row < 0 || row >= rows.size()) {
            return "that row is gone";
        }
        try {
            Object updated = RowTables.with(rows.get(row), column, text, topology());
            if (updated.equals(rows.get(row))) {
                return null;
            }
            rows.set(row, updated);
            return setPropertyValue(id, p, rows);
        } catch (IllegalArgumentException ex) {
            return ex.getMessage();
        }
    }

    /** Adds a sensible new row to table property {@code p}; null when done, else why not. */
    public String addRow(ElementId id, ElementProperties.Property p) {
        Optional<Element> e = element(id);
        if (e.isEmpty()) {
            return "the element is no longer in the design";
        }
        List<Object> rows = new ArrayList<>(rows(id, p));
        try {
            rows.add(RowTables.newRow(p.type().item(), topology(), e.get(), p.field(), rows));
        } catch (IllegalArgumentException ex) {
            return ex.getMessage();
        }
        return setPropertyValue(id, p, rows);
    }

    /** Removes row {@code row} of table property {@code p}; null when done, else why not. */
    public String removeRow(ElementId id, ElementProperties.Property p, int row) {
        List<Object> rows = new ArrayList<>(rows(id, p));
        if (row < 0 || row >= rows.size()) {
            return "select a row to remove";
        }
        rows.remove(row);
        return setPropertyValue(id, p, rows);
    }

    /** Gives element {@code id} the id {@code newId}; returns null when done, else why not. */
    public String rename(ElementId id, String newId) {
        String text = newId == null ? "" : newId.trim();
        String problem = ElementId.problemWith(text);
        if (problem != null) {
            return problem;
        }
        ElementId to = ElementId.of(text);
        if (to.equals(id)) {
            return null;
        }
        if (topology().owner(to).isPresent()) {
            return "the id '" + to + "' is already used";
        }
        if (topology().get(id).kind() == ElementKind.ACCOUNT && !dev.linkwright.model.Account.isAccountNumber(text)) {
            return "an account id is a 12-digit AWS account number";
        }
        boolean selected = selection.isSelected(id);
        main.execute(new RenameElement(id, to, ElementRecords::mapIds));
        if (selected) {
            selection.select(to);
        }
        return null;
    }

    private static String lowerFirst(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(1)) ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    // ---- search -----------------------------------------------------------------------------------------

    /** Elements matching {@code query} by name, id, CIDR or IP, best first. */
    public List<DesignSearch.Hit> search(String query) {
        return DesignSearch.find(topology(), query);
    }

    private String label(ElementId id) {
        return topology().find(id).map(Element::label).orElse(id.value());
    }

    /** True when {@code id} is an element of the open design. */
    public boolean exists(ElementId id) {
        return id != null && topology().contains(id);
    }

    /** The element {@code id} of the open design, if any. */
    public Optional<Element> element(ElementId id) {
        return id == null ? Optional.empty() : topology().find(id);
    }

    /** The open design. */
    public Design getDesign() {
        return design();
    }
}
