package dev.linkwright.diagram;

import dev.linkwright.model.Bounds;
import dev.linkwright.model.DiagramLayout;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sizes and places every element: bottom-up sizes (containers grow to fit their content), then
 * positions relative to each container. Elements with stored bounds keep them (a container never
 * shrinks below its content); the others flow in bands:
 *
 * <pre>
 * +-[icon] title  detail ------------------------------+
 * |  top band:   gateways, services, transit gateways   |
 * |  main band:  the container's own kind of children   |
 * |              (regions, VPCs, AZs side by side,      |
 * |               subnets stacked, icons in a grid)     |
 * |  bottom band: chips (route tables, SGs, NACLs, ...) |
 * +-----------------------------------------------------+
 * </pre>
 *
 * A load balancer or endpoint with nodes in several subnets is placed once per subnet (its
 * replicas). Every element is visited once and every band is laid out in one pass over its items,
 * so the whole layout is O(n).
 */
final class AutoLayout {

    /** A width and height. */
    record Size(double w, double h) {
    }

    /**
     * Something the layout places: an element ({@code replica} 0) or one of its replicas (1, 2,
     * ...), the further subnets a load balancer or endpoint is drawn in.
     */
    record Slot(ElementId id, int replica) {
        static Slot of(Element e) {
            return new Slot(e.id(), 0);
        }
    }

    /** Items of one band, placed relative to the band's origin. */
    private record Placed(List<Slot> items, List<double[]> offsets, double w, double h) {
        boolean isEmpty() {
            return items.isEmpty();
        }
    }

    private static final double SECTION_GAP = 16;

    private final DiagramTree tree;
    private final DiagramLayout stored;
    private final Map<ElementId, List<ElementId>> neighbours = new HashMap<>();
    private final Map<Slot, Size> sizes = new HashMap<>();
    private final Map<Slot, double[]> positions = new HashMap<>();
    private final Map<ElementId, String> titles = new HashMap<>();
    private final Map<ElementId, String> details = new HashMap<>();
    private Bounds cloud;

    AutoLayout(DiagramTree tree, DiagramLayout stored, List<ConnectionFinder.Link> links) {
        this.tree = tree;
        this.stored = stored;
        for (ConnectionFinder.Link l : links) {
            neighbours.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l.to());
            neighbours.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l.from());
        }
    }

    /** Runs the layout. */
    AutoLayout run() {
        layoutRoot();
        return this;
    }

    /** The size of a laid-out element or replica; null when hidden in a collapsed container. */
    Size size(Slot slot) {
        return sizes.get(slot);
    }

    /** The position relative to the diagram container (absolute for top-level elements). */
    double[] position(Slot slot) {
        return positions.get(slot);
    }

    String title(Element e) {
        return titles.computeIfAbsent(e.id(), k -> DiagramLabels.title(e));
    }

    String detail(Element e) {
        return details.computeIfAbsent(e.id(), k -> DiagramLabels.detail(tree.view(), e));
    }

    /** The AWS Cloud frame around all accounts, or null when there are none. */
    Bounds cloud() {
        return cloud;
    }

    boolean isCollapsed(Element e) {
        return DiagramTree.shapeOf(e.kind()) == NodeShape.GROUP && stored.isCollapsed(e.id());
    }

    private Element element(Slot slot) {
        return tree.view().get(slot.id());
    }

    private Size sizeOf(Slot slot) {
        return sizes.get(slot);
    }

    // ---- the top level: on-premises and the internet in a column left of the AWS Cloud -----------

    private void layoutRoot() {
        List<Slot> autoAccounts = new ArrayList<>();
        List<Slot> autoOthers = new ArrayList<>();
        double storedAccountsMaxY = Double.NEGATIVE_INFINITY;
        for (Element e : tree.roots()) {
            Size s = measure(e);
            Optional<Bounds> b = stored.bounds(e.id());
            if (b.isPresent()) {
                positions.put(Slot.of(e), new double[] {b.get().x(), b.get().y()});
                if (e.kind() == ElementKind.ACCOUNT) {
                    storedAccountsMaxY = Math.max(storedAccountsMaxY, b.get().y() + s.h());
                }
            } else if (e.kind() == ElementKind.ACCOUNT) {
                autoAccounts.add(Slot.of(e));
            } else {
                autoOthers.add(Slot.of(e));
            }
        }
        Placed left = column(autoOthers, 48, false);
        double cloudX = LayoutMetrics.MARGIN + (left.isEmpty() ? 0 : left.w() + LayoutMetrics.COLUMN_GAP);
        double cloudY = LayoutMetrics.MARGIN;
        double startY = cloudY + LayoutMetrics.HEADER_HEIGHT;
        if (storedAccountsMaxY > Double.NEGATIVE_INFINITY) {
            startY = Math.max(startY, storedAccountsMaxY + LayoutMetrics.GROUP_GAP);
        }
        apply(grid(autoAccounts, false), cloudX + LayoutMetrics.PADDING, startY);
        cloud = cloudAround(tree.roots());
        double leftY = LayoutMetrics.MARGIN + (cloud == null ? 0 : Math.max(0, (cloud.height() - left.h()) / 2));
        apply(left, LayoutMetrics.MARGIN, leftY);
    }

    private Bounds cloudAround(List<Element> roots) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Element e : roots) {
            if (e.kind() != ElementKind.ACCOUNT) {
                continue;
            }
            double[] p = positions.get(Slot.of(e));
            Size s = sizes.get(Slot.of(e));
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0] + s.w());
            maxY = Math.max(maxY, p[1] + s.h());
        }
        if (minX == Double.POSITIVE_INFINITY) {
            return null;
        }
        double x = minX - LayoutMetrics.PADDING;
        double y = minY - LayoutMetrics.HEADER_HEIGHT;
        double w = Math.max(maxX + LayoutMetrics.PADDING - x, LayoutMetrics.headerWidth("AWS Cloud", "", true));
        return new Bounds(x, y, w, maxY + LayoutMetrics.PADDING - y);
    }

    // ---- sizes ----------------------------------------------------------------------------------

    private Size measure(Element e) {
        Size s;
        switch (DiagramTree.shapeOf(e.kind())) {
            case GROUP:
                s = measureGroup(e);
                break;
            case CHIP:
                s = new Size(LayoutMetrics.chipWidth(DiagramStyles.of(e, false).chipTag(), title(e)), LayoutMetrics.CHIP_HEIGHT);
                break;
            default:
                s = new Size(LayoutMetrics.CELL_WIDTH, LayoutMetrics.CELL_HEIGHT);
                break;
        }
        sizes.put(Slot.of(e), s);
        return s;
    }

    private Size measureGroup(Element g) {
        boolean hasIcon = g.kind() != ElementKind.AVAILABILITY_ZONE;
        double headerWidth = LayoutMetrics.headerWidth(title(g), detail(g), hasIcon);
        Optional<Bounds> own = stored.bounds(g.id());
        if (isCollapsed(g)) {
            return new Size(Math.max(LayoutMetrics.MIN_GROUP_WIDTH, headerWidth), LayoutMetrics.HEADER_HEIGHT + 8);
        }
        List<Slot> top = new ArrayList<>();
        List<Slot> main = new ArrayList<>();
        List<Slot> bottom = new ArrayList<>();
        double fixedMaxX = 0;
        double fixedMaxY = 0;
        boolean anyFixed = false;
        for (Element child : tree.children(g.id())) {
            Size s = measure(child);
            Optional<Bounds> b = stored.bounds(child.id());
            if (b.isPresent()) {
                positions.put(Slot.of(child), new double[] {b.get().x(), b.get().y()});
                fixedMaxX = Math.max(fixedMaxX, b.get().x() + s.w());
                fixedMaxY = Math.max(fixedMaxY, b.get().y() + s.h());
                anyFixed = true;
                continue;
            }
            switch (sectionOf(g.kind(), child.kind())) {
                case TOP:
                    top.add(Slot.of(child));
                    break;
                case MAIN:
                    main.add(Slot.of(child));
                    break;
                default:
                    bottom.add(Slot.of(child));
                    break;
            }
        }
        if (g.kind() == ElementKind.SUBNET) {
            addReplicas(g, main);
        }
        Placed mainBand = mainBand(g.kind(), main);
        double topWidth = Math.max(mainBand.w(), 4 * (LayoutMetrics.CELL_WIDTH + LayoutMetrics.CELL_GAP));
        Placed topBand = alignedAbove(g, top, mainBand, topWidth);
        if (topBand == null) {
            topBand = wrap(top, topWidth, LayoutMetrics.CELL_GAP, LayoutMetrics.CELL_GAP);
        }
        double inner = Math.max(mainBand.w(), topBand.w());
        Placed bottomBand = wrap(bottom, Math.max(inner, 2 * LayoutMetrics.CHIP_MAX_WIDTH), LayoutMetrics.CHIP_GAP,
                LayoutMetrics.CHIP_GAP);
        double y = LayoutMetrics.HEADER_HEIGHT;
        if (anyFixed) {
            y = Math.max(y, fixedMaxY + LayoutMetrics.GROUP_GAP);
        }
        boolean any = false;
        for (Placed band : List.of(topBand, mainBand, bottomBand)) {
            if (band.isEmpty()) {
                continue;
            }
            if (any) {
                y += SECTION_GAP;
            }
            apply(band, LayoutMetrics.PADDING, y);
            y += band.h();
            any = true;
        }
        double w = Math.max(Math.max(headerWidth, LayoutMetrics.MIN_GROUP_WIDTH),
                LayoutMetrics.PADDING + Math.max(inner, bottomBand.w()) + LayoutMetrics.PADDING);
        double h = Math.max(LayoutMetrics.MIN_GROUP_HEIGHT, any ? y + LayoutMetrics.PADDING : 0);
        if (anyFixed) {
            w = Math.max(w, fixedMaxX + LayoutMetrics.PADDING);
            h = Math.max(h, fixedMaxY + LayoutMetrics.PADDING);
        }
        if (own.isPresent()) {
            w = Math.max(w, own.get().width());
            h = Math.max(h, own.get().height());
        }
        return new Size(w, h);
    }

    /** Adds the replicas drawn in {@code subnet} to its icons, keeping load balancers first. */
    private void addReplicas(Element subnet, List<Slot> icons) {
        List<DiagramTree.Replica> replicas = tree.replicasIn(subnet.id());
        if (replicas.isEmpty()) {
            return;
        }
        for (DiagramTree.Replica r : replicas) {
            Slot slot = new Slot(r.element().id(), r.index());
            sizes.put(slot, new Size(LayoutMetrics.CELL_WIDTH, LayoutMetrics.CELL_HEIGHT));
            icons.add(slot);
        }
        icons.sort(Comparator.comparingInt(s -> DiagramTree.subnetOrder(element(s).kind())));
    }

    private enum Section { TOP, MAIN, BOTTOM }

    private static Section sectionOf(ElementKind container, ElementKind child) {
        if (DiagramTree.shapeOf(child) == NodeShape.CHIP) {
            return Section.BOTTOM;
        }
        ElementKind primary = primaryChild(container);
        return primary == null || primary == child ? Section.MAIN : Section.TOP;
    }

    /** The kind a container mainly holds; its other children go in the top band. */
    private static ElementKind primaryChild(ElementKind container) {
        switch (container) {
            case ACCOUNT:
                return ElementKind.REGION;
            case REGION:
                return ElementKind.VPC;
            case VPC:
                return ElementKind.AVAILABILITY_ZONE;
            case AVAILABILITY_ZONE:
                return ElementKind.SUBNET;
            default:
                return null;
        }
    }

    private Placed mainBand(ElementKind container, List<Slot> items) {
        switch (container) {
            case VPC: // Availability Zones side by side, equally tall
                return rows(items, Math.max(1, items.size()), LayoutMetrics.GROUP_GAP, true);
            case AVAILABILITY_ZONE: // subnets stacked, public first, equally wide
                return column(items, LayoutMetrics.GROUP_GAP * 0.75, true);
            default:
                return grid(items, primaryChild(container) == null);
        }
    }

    // ---- bands --------------------------------------------------------------------------------------

    /** A grid of about 16:10, or one row for a few items. */
    private Placed grid(List<Slot> items, boolean icons) {
        int n = items.size();
        int single = icons ? 4 : 3;
        int perRow = n <= single ? Math.max(1, n) : (int) Math.ceil(Math.sqrt(n * 1.6));
        double gap = icons ? LayoutMetrics.CELL_GAP : LayoutMetrics.GROUP_GAP;
        return rows(items, perRow, gap, false);
    }

    private Placed rows(List<Slot> items, int perRow, double gap, boolean equalHeights) {
        List<double[]> offsets = new ArrayList<>(items.size());
        double y = 0;
        double width = 0;
        for (int start = 0; start < items.size(); start += perRow) {
            int end = Math.min(items.size(), start + perRow);
            double x = 0;
            double rowHeight = 0;
            for (int i = start; i < end; i++) {
                Size s = sizeOf(items.get(i));
                offsets.add(new double[] {x, y});
                x += s.w() + gap;
                rowHeight = Math.max(rowHeight, s.h());
            }
            if (equalHeights) {
                for (int i = start; i < end; i++) {
                    Slot slot = items.get(i);
                    sizes.put(slot, new Size(sizeOf(slot).w(), rowHeight));
                }
            }
            width = Math.max(width, x - gap);
            y += rowHeight + gap;
        }
        return new Placed(items, offsets, width, items.isEmpty() ? 0 : y - gap);
    }

    private Placed column(List<Slot> items, double gap, boolean equalWidths) {
        List<double[]> offsets = new ArrayList<>(items.size());
        double y = 0;
        double width = 0;
        for (Slot slot : items) {
            Size s = sizeOf(slot);
            offsets.add(new double[] {0, y});
            y += s.h() + gap;
            width = Math.max(width, s.w());
        }
        if (equalWidths) {
            for (Slot slot : items) {
                sizes.put(slot, new Size(width, sizeOf(slot).h()));
            }
        }
        return new Placed(items, offsets, width, items.isEmpty() ? 0 : y - gap);
    }

    /** Left to right, starting a new row before {@code maxWidth} is exceeded. */
    private Placed wrap(List<Slot> items, double maxWidth, double hGap, double vGap) {
        List<double[]> offsets = new ArrayList<>(items.size());
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        double width = 0;
        for (Slot slot : items) {
            Size s = sizeOf(slot);
            if (x > 0 && x + s.w() > maxWidth) {
                x = 0;
                y += rowHeight + vGap;
                rowHeight = 0;
            }
            offsets.add(new double[] {x, y});
            width = Math.max(width, x + s.w());
            x += s.w() + hGap;
            rowHeight = Math.max(rowHeight, s.h());
        }
        return new Placed(items, offsets, width, items.isEmpty() ? 0 : y + rowHeight);
    }

    /**
     * The top band in one row, each item as near as it can be above the middle of what it is
     * connected to in the main band (a transit gateway above the VPCs it attaches, a peering
     * connection between its two VPCs); items linked to on-premises networks lean left, where
     * those are drawn. Returns null when the items do not fit in one row of {@code maxWidth}.
     */
    private Placed alignedAbove(Element container, List<Slot> items, Placed main, double maxWidth) {
        if (items.isEmpty() || main.isEmpty()) {
            return null;
        }
        Map<ElementId, Double> centreOfMain = new HashMap<>();
        for (int i = 0; i < main.items().size(); i++) {
            Slot m = main.items().get(i);
            centreOfMain.put(m.id(), main.offsets().get(i)[0] + sizeOf(m).w() / 2);
        }
        Map<ElementId, Slot> topItems = new HashMap<>();
        for (Slot t : items) {
            topItems.put(t.id(), t);
        }
        Map<ElementId, Double> wanted = new HashMap<>();
        Map<ElementId, List<ElementId>> siblingLinks = new HashMap<>();
        for (Slot t : items) {
            double sum = 0;
            int count = 0;
            for (ElementId n : neighboursWithin(element(t))) {
                ElementId child = childOf(container.id(), n);
                if (child == null) {
                    if (isLeftColumn(n)) {
                        count++; // pulls towards x = 0
                    }
                } else if (centreOfMain.containsKey(child)) {
                    sum += centreOfMain.get(child);
                    count++;
                } else if (topItems.containsKey(child) && !child.equals(t.id())) {
                    siblingLinks.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(child);
                }
            }
            if (count > 0) {
                wanted.put(t.id(), sum / count);
            }
        }
        for (int round = 0; round < 3; round++) { // items linked only to other top items sit beside them
            for (Slot t : items) {
                if (wanted.containsKey(t.id())) {
                    continue;
                }
                double sum = 0;
                int count = 0;
                for (ElementId sibling : siblingLinks.getOrDefault(t.id(), List.of())) {
                    Double x = wanted.get(sibling);
                    if (x != null) {
                        sum += x;
                        count++;
                    }
                }
                if (count > 0) {
                    wanted.put(t.id(), sum / count + 1e-3);
                }
            }
        }
        List<Slot> order = new ArrayList<>(items);
        order.sort(Comparator.comparingDouble(t -> wanted.getOrDefault(t.id(), Double.MAX_VALUE)));
        double[] xs = new double[order.size()];
        double end = 0;
        double maxHeight = 0;
        for (int i = 0; i < order.size(); i++) {
            Size s = sizeOf(order.get(i));
            Double centre = wanted.get(order.get(i).id());
            double x = i == 0 ? 0 : end + LayoutMetrics.CELL_GAP;
            if (centre != null) {
                x = Math.max(x, centre - s.w() / 2);
            }
            xs[i] = x;
            end = x + s.w();
            maxHeight = Math.max(maxHeight, s.h());
        }
        double limit = Math.max(maxWidth, end > maxWidth ? maxWidth : end);
        for (int i = order.size() - 1; i >= 0; i--) { // pull back what runs past the right edge
            double w = sizeOf(order.get(i)).w();
            double right = i == order.size() - 1 ? limit : xs[i + 1] - LayoutMetrics.CELL_GAP;
            xs[i] = Math.min(xs[i], right - w);
        }
        if (xs[0] < 0) {
            return null;
        }
        List<double[]> offsets = new ArrayList<>();
        double width = 0;
        for (int i = 0; i < order.size(); i++) {
            offsets.add(new double[] {xs[i], 0});
            width = Math.max(width, xs[i] + sizeOf(order.get(i)).w());
        }
        return new Placed(order, offsets, width, maxHeight);
    }

    /** The elements linked to {@code e} or to anything drawn inside it. */
    private List<ElementId> neighboursWithin(Element e) {
        List<ElementId> result = new ArrayList<>(neighbours.getOrDefault(e.id(), List.of()));
        for (Element child : tree.children(e.id())) {
            result.addAll(neighboursWithin(child));
        }
        return result;
    }

    /** The child of {@code container} that holds {@code id} on the diagram, or null when outside it. */
    private ElementId childOf(ElementId container, ElementId id) {
        ElementId current = id;
        for (int guard = 0; current != null && guard < 64; guard++) {
            ElementId parent = tree.container(current);
            if (container.equals(parent)) {
                return current;
            }
            current = parent;
        }
        return null;
    }

    /** True for elements inside an on-premises network or the internet, drawn left of the cloud. */
    private boolean isLeftColumn(ElementId id) {
        ElementId current = id;
        for (int guard = 0; current != null && guard < 64; guard++) {
            ElementId parent = tree.container(current);
            if (parent == null) {
                ElementKind k = tree.view().find(current).map(Element::kind).orElse(null);
                return k == ElementKind.ON_PREMISES_NETWORK || k == ElementKind.INTERNET;
            }
            current = parent;
        }
        return false;
    }

    private void apply(Placed band, double x, double y) {
        for (int i = 0; i < band.items().size(); i++) {
            double[] o = band.offsets().get(i);
            positions.put(band.items().get(i), new double[] {x + o[0], y + o[1]});
        }
    }
}
