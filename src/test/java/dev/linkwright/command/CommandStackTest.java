package dev.linkwright.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.io.DesignReader;
import dev.linkwright.io.DesignWriter;
import dev.linkwright.model.Bounds;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Instance;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.TopologyChange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandStackTest {

    static Design sample() throws Exception {
        return new DesignReader().read(Path.of("samples/privatelink-basic.json"));
    }

    static Instance newInstance(String id) {
        return new Instance(ElementId.of(id), "web", ElementId.of("subnet-a"), Ipv4Address.parse("10.0.1.77"), List.of(), null,
                List.of(ElementId.of("sg-client")), true, null, null);
    }

    @Test
    void anEditCanBeUndoneAndRedone() throws Exception {
        Design d = sample();
        String original = new DesignWriter().toJson(d);
        CommandStack stack = new CommandStack(d);
        stack.execute(Edits.add(newInstance("i-new"), new Bounds(10, 10, 80, 80)));
        assertThat(d.topology().contains(ElementId.of("i-new"))).isTrue();
        assertThat(stack.undoDescription()).contains("Add EC2 instance web");
        stack.undo();
        assertThat(new DesignWriter().toJson(d)).isEqualTo(original);
        assertThat(stack.redoDescription()).contains("Add EC2 instance web");
        stack.redo();
        assertThat(d.layout().bounds(ElementId.of("i-new"))).contains(new Bounds(10, 10, 80, 80));
    }

    @Test
    void anEditThatChangesNothingNeverReachesTheHistory() throws Exception {
        Design d = sample();
        CommandStack stack = new CommandStack(d);
        assertThat(stack.execute(Edits.change(d.topology().get(ElementId.of("vpc-a")), "name"))).isFalse();
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void listenersHearOneChangePerCommand() throws Exception {
        Design d = sample();
        List<TopologyChange> heard = new ArrayList<>();
        d.topology().addListener(heard::add);
        int[] layoutEvents = {0};
        d.layout().addListener(() -> layoutEvents[0]++);
        CommandStack stack = new CommandStack(d);
        stack.execute(Edits.delete(d.topology(), Set.of(ElementId.of("vpc-b"))));
        assertThat(heard).hasSize(1);
        assertThat(heard.get(0).removed()).contains(ElementId.of("vpc-b"), ElementId.of("instance-b1"), ElementId.of("nlb-b"));
        stack.execute(Edits.move(Map.of(ElementId.of("vpc-a"), new Bounds(1, 2, 300, 200), ElementId.of("subnet-a"), new Bounds(5, 5, 100, 100))));
        assertThat(layoutEvents[0]).isEqualTo(1);
    }

    @Test
    void theDirtyMarkFollowsTheSavedState() throws Exception {
        CommandStack stack = new CommandStack(sample());
        stack.execute(Edits.add(newInstance("i-1"), null));
        stack.markSaved();
        assertThat(stack.isDirty()).isFalse();
        stack.undo();
        assertThat(stack.isDirty()).isTrue();
        stack.execute(Edits.add(newInstance("i-2"), null));
        assertThat(stack.isDirty()).as("a different edit at the same depth is still unsaved").isTrue();
        stack.undo();
        stack.redo();
        assertThat(stack.isDirty()).isTrue();
    }

    @Test
    void deletingASubnetTakesItsContentsAndUnhooksReferrers() throws Exception {
        Design d = sample();
        DeletePlan plan = DeletePlan.of(d.topology(), Set.of(ElementId.of("subnet-b")));
        assertThat(plan.removed()).contains(ElementId.of("subnet-b"), ElementId.of("instance-b1"), ElementId.of("instance-b2"));
        assertThat(plan.edited()).extracting(e -> e.id().value()).contains("nlb-b", "tg-b");
        assertThat(plan.summary()).contains("instance-b1").contains("removes references from");
        String before = new DesignWriter().toJson(d);
        CommandStack stack = new CommandStack(d);
        stack.execute(Edits.delete(plan));
        assertThat(d.topology().referrers(ElementId.of("subnet-b"))).isEmpty();
        stack.undo();
        assertThat(new DesignWriter().toJson(d)).isEqualTo(before);
    }

    @Test
    void deletingAVpcTakesThePeeringThatNeedsIt() throws Exception {
        Design d = sample();
        d.topology().put(new PeeringConnection(ElementId.of("pcx-1"), "", ElementId.of("111111111111/us-east-1"),
                ElementId.of("vpc-a"), ElementId.of("vpc-b"), null));
        DeletePlan plan = DeletePlan.of(d.topology(), Set.of(ElementId.of("vpc-b")));
        assertThat(plan.alsoRemoved()).contains(ElementId.of("pcx-1"), ElementId.of("subnet-b"));
    }

    @Test
    void flowsAreEditedThroughCommandsToo() throws Exception {
        Design d = sample();
        CommandStack stack = new CommandStack(d);
        dev.linkwright.model.Flow flow = new dev.linkwright.model.Flow(ElementId.of("f-2"), "", "instance-a", "instance-b1",
                dev.linkwright.model.Protocol.TCP, 22, 40000, dev.linkwright.model.FlowIntent.MUST_BE_BLOCKED);
        stack.execute(new PutFlow(flow));
        assertThat(d.flows()).hasSize(2).last().isEqualTo(flow);
        stack.execute(new RemoveFlow(ElementId.of("flow-client-to-service")));
        assertThat(d.flows()).containsExactly(flow);
        stack.undo();
        stack.undo();
        assertThat(d.flows()).extracting(f -> f.id().value()).containsExactly("flow-client-to-service");
    }
}
