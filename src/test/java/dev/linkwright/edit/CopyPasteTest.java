package dev.linkwright.edit;

import static dev.linkwright.edit.EditFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.command.Command;
import dev.linkwright.command.CommandStack;
import dev.linkwright.command.Edits;
import dev.linkwright.command.PutElement;
import dev.linkwright.command.SetBounds;
import dev.linkwright.io.DesignWriter;
import dev.linkwright.model.Design;
import dev.linkwright.model.Element;
import dev.linkwright.model.Instance;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Copy and paste: fresh ids, references among the copies kept, clashing addresses moved. */
class CopyPasteTest {

    private final Design design = EditFixtures.privateLink();

    private List<Element> pasteInto(Set<String> ids, String into) {
        CopyPaste.Clip clip = CopyPaste.copy(design.topology(), design.layout(), ids.stream().map(EditFixtures::id)
                .collect(java.util.stream.Collectors.toSet()));
        CopyPaste.Paste p = CopyPaste.paste(design.topology(), clip, into == null ? null : id(into), 24);
        assertThat(p.allowed()).as(p.reason()).isTrue();
        List<Command> parts = new ArrayList<>();
        p.elements().forEach(e -> parts.add(new PutElement(e, "")));
        p.bounds().forEach((k, b) -> parts.add(new SetBounds(k, b)));
        new CommandStack(design).execute(Edits.group("Paste", parts));
        return p.elements();
    }

    @Test
    void aDuplicatedInstanceGetsAFreshIdAndTheNextFreeAddress() {
        List<Element> pasted = pasteInto(Set.of("instance-b1"), null);
        Instance copy = (Instance) pasted.get(0);
        assertThat(copy.id().value()).isEqualTo("instance-1");
        assertThat(copy.parent()).isEqualTo(id("subnet-b"));
        assertThat(copy.privateIp().toString()).isEqualTo("10.1.1.10");
        assertThat(copy.securityGroups()).containsExactly(id("sg-service"));
        assertThat(copy.name()).isEqualTo("Service 1 copy");
    }

    @Test
    void aCopiedVpcGetsAFreeBlockAndEverythingInsideMovesAlong() {
        List<Element> pasted = pasteInto(Set.of("vpc-a"), null);
        Vpc vpc = (Vpc) pasted.get(0);
        assertThat(vpc.cidrBlocks()).extracting(Object::toString).containsExactly("10.2.0.0/16");
        Subnet subnet = pasted.stream().filter(Subnet.class::isInstance).map(Subnet.class::cast).findFirst().orElseThrow();
        assertThat(subnet.cidr().toString()).isEqualTo("10.2.1.0/24");
        Instance client = pasted.stream().filter(Instance.class::isInstance).map(Instance.class::cast).findFirst().orElseThrow();
        assertThat(client.privateIp().toString()).isEqualTo("10.2.1.10");
        SecurityGroup sgClient = pasted.stream().filter(SecurityGroup.class::isInstance).map(SecurityGroup.class::cast)
                .filter(g -> g.name().equals("client")).findFirst().orElseThrow();
        assertThat(client.securityGroups()).containsExactly(sgClient.id());
        SecurityGroup sgEndpoint = pasted.stream().filter(SecurityGroup.class::isInstance).map(SecurityGroup.class::cast)
                .filter(g -> g.name().equals("endpoint")).findFirst().orElseThrow();
        assertThat(sgEndpoint.ingress().get(0).cidr().toString()).isEqualTo("10.2.0.0/16");
        InterfaceEndpoint ep = pasted.stream().filter(InterfaceEndpoint.class::isInstance).map(InterfaceEndpoint.class::cast)
                .findFirst().orElseThrow();
        assertThat(ep.service()).isEqualTo(id("vpce-svc-1234"));
        assertThat(ep.interfaces().get(0).subnet()).isEqualTo(subnet.id());
        assertThat(ep.interfaces().get(0).ip().toString()).isEqualTo("10.2.1.50");
        assertThat(ep.interfaces().get(0).eniId()).isNotEqualTo(id("eni-vpce-a"));
    }

    @Test
    void aSubnetPastedIntoAnotherVpcGetsABlockThereAndItsInstancesFollow() {
        List<Element> pasted = pasteInto(Set.of("subnet-a"), "vpc-b/us-east-1a");
        Subnet subnet = (Subnet) pasted.get(0);
        assertThat(subnet.parent()).isEqualTo(id("vpc-b/us-east-1a"));
        assertThat(subnet.cidr().toString()).isEqualTo("10.1.0.0/24");
        Instance client = (Instance) pasted.get(1);
        assertThat(client.privateIp().toString()).isEqualTo("10.1.0.10");
        assertThat(client.securityGroups()).as("sg-client belongs to VPC A").isEmpty();
    }

    @Test
    void undoingAPasteGivesTheFileBack() {
        String before = new DesignWriter().toJson(design);
        CommandStack stack = new CommandStack(design);
        CopyPaste.Clip clip = CopyPaste.copy(design.topology(), design.layout(), Set.of(id("vpc-b")));
        CopyPaste.Paste p = CopyPaste.paste(design.topology(), clip, null, 24);
        List<Command> parts = new ArrayList<>();
        p.elements().forEach(e -> parts.add(new PutElement(e, "")));
        stack.execute(Edits.group("Paste", parts));
        assertThat(design.topology().size()).isGreaterThan(20);
        stack.undo();
        assertThat(new DesignWriter().toJson(design)).isEqualTo(before);
    }
}
