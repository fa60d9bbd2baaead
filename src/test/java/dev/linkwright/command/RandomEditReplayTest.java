package dev.linkwright.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.io.DesignReader;
import dev.linkwright.io.DesignWriter;
import dev.linkwright.model.Bounds;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.Design;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Instance;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.SecurityGroupRule;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Protocol;
import dev.linkwright.model.PortRange;
import dev.linkwright.model.Vpc;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays random edit sequences, then undoes them all: the document must come back identical, and
 * redoing them all must give the edited document again.
 */
class RandomEditReplayTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void undoingEveryEditRestoresTheOriginal(long seed) throws Exception {
        for (String sample : List.of("samples/privatelink-basic.json")) {
            Design d = new DesignReader().read(Path.of(sample));
            String original = new DesignWriter().toJson(d);
            CommandStack stack = new CommandStack(d, 10_000);
            Random random = new Random(seed);
            int executed = 0;
            for (int i = 0; i < 60; i++) {
                Command c = randomEdit(d, random, i);
                if (c != null && stack.execute(c)) {
                    executed++;
                }
            }
            String edited = new DesignWriter().toJson(d);
            for (int i = 0; i < executed; i++) {
                stack.undo();
            }
            assertThat(new DesignWriter().toJson(d)).isEqualTo(original);
            assertThat(stack.isDirty()).isFalse();
            for (int i = 0; i < executed; i++) {
                stack.redo();
            }
            assertThat(new DesignWriter().toJson(d)).isEqualTo(edited);
        }
    }

    private static Command randomEdit(Design d, Random random, int step) {
        List<Element> all = d.topology().elements();
        if (all.isEmpty()) {
            return null;
        }
        Element target = all.get(random.nextInt(all.size()));
        switch (random.nextInt(6)) {
            case 0: {
                List<Subnet> subnets = d.topology().all(Subnet.class);
                if (subnets.isEmpty()) {
                    return null;
                }
                Subnet s = subnets.get(random.nextInt(subnets.size()));
                Instance i = new Instance(ElementId.of("i-r" + step), "random " + step, s.id(),
                        s.cidr().addressAt(10 + step), List.of(), null, List.of(), true, null, null);
                return Edits.add(i, random.nextBoolean() ? new Bounds(random.nextInt(400), random.nextInt(300), 64, 80) : null);
            }
            case 1:
                return Edits.move(Map.of(target.id(), new Bounds(random.nextInt(900), random.nextInt(700), 50 + random.nextInt(300), 50 + random.nextInt(300))));
            case 2:
                return random.nextInt(4) == 0 ? Edits.delete(d.topology(), Set.of(target.id())) : null;
            case 3:
                if (target instanceof Vpc v) {
                    List<Cidr> blocks = new ArrayList<>(v.cidrBlocks());
                    blocks.add(Cidr.parse("100.64." + step + ".0/24"));
                    return Edits.change(new Vpc(v.id(), v.name() + "*", v.parent(), blocks, v.ipv6CidrBlocks(), v.dnsSupport(), !v.dnsHostnames()), "CIDR blocks");
                }
                return null;
            case 4:
                if (target instanceof SecurityGroup sg) {
                    List<SecurityGroupRule> in = new ArrayList<>(sg.ingress());
                    in.add(SecurityGroupRule.allowCidr(Protocol.TCP, PortRange.single(1000 + step), Cidr.parse("10.9.0.0/16")));
                    return Edits.change(new SecurityGroup(sg.id(), sg.name(), sg.parent(), in, sg.egress()), "inbound rules");
                }
                return null;
            default:
                if (target instanceof Instance i) {
                    List<Subnet> subnets = d.topology().all(Subnet.class);
                    Subnet s = subnets.get(random.nextInt(subnets.size()));
                    Instance moved = new Instance(i.id(), i.name(), s.id(), Ipv4Address.parse("10.0.1.200"), i.secondaryIps(), i.publicIp(),
                            i.securityGroups(), i.sourceDestCheck(), i.state(), i.eniId());
                    return Edits.reparent(moved, new Bounds(20, 20, 64, 80));
                }
                return null;
        }
    }
}
