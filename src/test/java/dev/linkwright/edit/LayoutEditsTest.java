package dev.linkwright.edit;

import static dev.linkwright.edit.EditFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.command.CommandStack;
import dev.linkwright.diagram.DiagramGeometry;
import dev.linkwright.io.DesignWriter;
import dev.linkwright.model.Bounds;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Instance;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Gestures as commands: one undo entry, neighbours pinned, undo gives the file back. */
class LayoutEditsTest {

    private final Design design = EditFixtures.privateLink();
    private final CommandStack stack = new CommandStack(design);

    private DiagramGeometry geometry() {
        return DiagramGeometry.compute(design.topology(), design.layout());
    }

    @Test
    void movingOneInstanceLeavesItsNeighboursWhereTheyWere() {
        DiagramGeometry before = geometry();
        Bounds b2 = before.get(id("instance-b2")).bounds();
        LayoutEdits.Result r = LayoutEdits.move(design.topology(), before, design.layout(), Set.of(id("instance-b1")), 0, 130, null);
        assertThat(stack.execute(r.command())).isTrue();
        DiagramGeometry after = geometry();
        assertThat(after.get(id("instance-b1")).bounds().y()).isEqualTo(before.get(id("instance-b1")).bounds().y() + 130);
        assertThat(after.get(id("instance-b2")).bounds()).isEqualTo(b2);
        assertThat(stack.undoDescription()).contains("Move Service 1");
    }

    @Test
    void movingAContainerMovesItsContent() {
        DiagramGeometry before = geometry();
        LayoutEdits.Result r = LayoutEdits.move(design.topology(), before, design.layout(), Set.of(id("vpc-b"), id("subnet-b")), 40, 30,
                null);
        stack.execute(r.command());
        DiagramGeometry after = geometry();
        for (String s : new String[] {"vpc-b", "subnet-b", "instance-b1", "nlb-b"}) {
            Bounds was = before.get(id(s)).bounds();
            Bounds is = after.get(id(s)).bounds();
            assertThat(is.x() - was.x()).as(s).isEqualTo(40);
        }
    }

    @Test
    void draggingAnInstanceIntoAnotherSubnetReparentsItAsOneUndoEntry() {
        String file = new DesignWriter().toJson(design);
        DiagramGeometry g = geometry();
        Bounds target = g.get(id("subnet-a")).bounds();
        Bounds from = g.get(id("instance-b2")).bounds();
        double dx = target.x() + 200 - from.x();
        double dy = target.y() + 60 - from.y();
        LayoutEdits.Result r = LayoutEdits.move(design.topology(), g, design.layout(), Set.of(id("instance-b2")), dx, dy, id("subnet-a"));
        assertThat(r.ok()).as(r.reason()).isTrue();
        stack.execute(r.command());
        Instance moved = (Instance) design.topology().get(id("instance-b2"));
        assertThat(moved.parent()).isEqualTo(id("subnet-a"));
        assertThat(moved.privateIp().toString()).isEqualTo("10.0.1.11");
        assertThat(stack.undoDescription()).contains("Move Service 2 into Subnet A");
        stack.undo();
        assertThat(new DesignWriter().toJson(design)).isEqualTo(file);
    }

    @Test
    void aForbiddenMoveSaysWhyAndChangesNothing() {
        DiagramGeometry g = geometry();
        LayoutEdits.Result r = LayoutEdits.move(design.topology(), g, design.layout(), Set.of(id("vpc-a/us-east-1a")), 500, 0, id("vpc-b"));
        assertThat(r.ok()).isFalse();
        assertThat(r.reason()).startsWith("An Availability Zone belongs to its VPC");
    }

    @Test
    void aContainerIsNotResizedBelowItsContent() {
        DiagramGeometry g = geometry();
        Bounds vpc = g.get(id("vpc-b")).bounds();
        stack.execute(LayoutEdits.resize(g, design.layout(), id("vpc-b"), vpc.resized(10, 10)).command());
        assertThat(geometry().get(id("vpc-b")).bounds().width()).isEqualTo(vpc.width());
        stack.execute(LayoutEdits.resize(geometry(), design.layout(), id("vpc-b"), vpc.resized(vpc.width() + 100, vpc.height() + 50)).command());
        assertThat(geometry().get(id("vpc-b")).bounds().width()).isEqualTo(Math.round(vpc.width() + 100));
    }

    @Test
    void autoLayoutClearsWhatTheUserPlaced() {
        String file = new DesignWriter().toJson(design);
        DiagramGeometry g = geometry();
        stack.execute(LayoutEdits.move(design.topology(), g, design.layout(), Set.of(id("instance-b1")), 0, 130, null).command());
        stack.execute(LayoutEdits.autoLayout(geometry(), design.layout(), id("subnet-b")).command());
        assertThat(design.layout().bounds(id("instance-b1"))).isEmpty();
        assertThat(geometry().get(id("instance-b1")).bounds()).isEqualTo(g.get(id("instance-b1")).bounds());
        stack.undo();
        stack.undo();
        assertThat(new DesignWriter().toJson(design)).isEqualTo(file);
    }

    @Test
    void alignLeftLinesUpLeftEdges() {
        DiagramGeometry g = geometry();
        Map<ElementId, Bounds> aligned = Arrange.align(LayoutEdits.boundsOf(g, java.util.List.of(id("instance-b1"), id("instance-b2"))),
                Arrange.Alignment.LEFT);
        stack.execute(LayoutEdits.arrange(g, design.layout(), aligned, "Align left").command());
        DiagramGeometry after = geometry();
        assertThat(after.get(id("instance-b1")).bounds().x()).isEqualTo(after.get(id("instance-b2")).bounds().x());
    }

    @Test
    void renamingAnElementCarriesItsReferencesAndUndoes() {
        String file = new DesignWriter().toJson(design);
        stack.execute(new dev.linkwright.command.RenameElement(id("subnet-b"), id("subnet-service"), ElementRecords::mapIds));
        assertThat(design.topology().contains(id("subnet-b"))).isFalse();
        assertThat(design.topology().get(id("instance-b1")).parent()).isEqualTo(id("subnet-service"));
        assertThat(((dev.linkwright.model.LoadBalancer) design.topology().get(id("nlb-b"))).nodes().get(0).subnet())
                .isEqualTo(id("subnet-service"));
        stack.undo();
        assertThat(new DesignWriter().toJson(design)).isEqualTo(file);
    }
}
