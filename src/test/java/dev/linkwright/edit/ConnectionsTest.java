package dev.linkwright.edit;

import static dev.linkwright.edit.EditFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.model.Design;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.TargetGroup;
import org.junit.jupiter.api.Test;

/** The connection tool: legal pairs connect, others are refused with the reason. */
class ConnectionsTest {

    private final Design design = EditFixtures.privateLink();

    @Test
    void twoVpcsArePeeredInEitherOrder() {
        Connections.Plan p = Connections.plan(design.topology(), id("vpc-b"), id("vpc-a"));
        assertThat(p.allowed()).isTrue();
        assertThat(p.description()).isEqualTo("Peer VPC B with VPC A");
        PeeringConnection pcx = (PeeringConnection) p.elements().get(0);
        assertThat(pcx.id().value()).isEqualTo("pcx-1");
        assertThat(pcx.requesterVpc()).isEqualTo(id("vpc-b"));
    }

    @Test
    void overlappingVpcsAreNotPeered() {
        dev.linkwright.model.Vpc b = (dev.linkwright.model.Vpc) design.topology().get(id("vpc-b"));
        design.beginUpdate();
        new dev.linkwright.command.PutElement(dev.linkwright.edit.ElementRecords.withField(b, "cidrBlocks",
                java.util.List.of(dev.linkwright.model.Cidr.parse("10.0.128.0/17"))), "").execute(design);
        design.endUpdate();
        Connections.Plan p = Connections.plan(design.topology(), id("vpc-a"), id("vpc-b"));
        assertThat(p.allowed()).isFalse();
        assertThat(p.reason()).isEqualTo("AWS refuses to peer VPCs whose CIDR blocks overlap: 10.0.0.0/16 (VPC A) overlaps "
                + "10.0.128.0/17 (VPC B).");
    }

    @Test
    void theEndpointConnectsToAnotherServiceOnlyOnce() {
        Connections.Plan p = Connections.plan(design.topology(), id("vpce-a"), id("vpce-svc-1234"));
        assertThat(p.allowed()).isFalse();
        assertThat(p.reason()).isEqualTo("Endpoint to the provider's service already connects to Provider service.");
    }

    @Test
    void aLoadBalancerRegistersAnInstanceOfItsVpcInItsTargetGroup() {
        Drops.Check drop = Drops.check(design.topology(), dev.linkwright.model.ElementKind.INSTANCE, id("subnet-b"));
        design.beginUpdate();
        new dev.linkwright.command.PutElement(drop.creation().first(), "").execute(design);
        design.endUpdate();
        Connections.Plan p = Connections.plan(design.topology(), id("nlb-b"), id("instance-1"));
        assertThat(p.allowed()).isTrue();
        assertThat(((TargetGroup) p.elements().get(0)).targets()).hasSize(3);
        assertThat(Connections.plan(design.topology(), id("nlb-b"), id("instance-a")).reason())
                .isEqualTo("Service NLB and Client are in different VPCs. Instance targets are in the load balancer's VPC.");
    }

    @Test
    void unrelatedKindsSayWhatEachConnectsTo() {
        Connections.Plan p = Connections.plan(design.topology(), id("instance-a"), id("vpc-b"));
        assertThat(p.allowed()).isFalse();
        assertThat(p.reason()).startsWith("An EC2 instance and a VPC do not connect.")
                .contains("A VPC connects to another VPC (peering) or a transit gateway (attachment).");
    }

    @Test
    void anEndpointIsPointedAtAnAwsServiceByName() {
        Drops.Check svc = Drops.check(design.topology(), dev.linkwright.model.ElementKind.AWS_SERVICE, id("111111111111/us-east-1"));
        design.beginUpdate();
        new dev.linkwright.command.PutElement(svc.creation().first(), "").execute(design);
        design.endUpdate();
        Connections.Plan p = Connections.plan(design.topology(), id("vpce-a"), svc.creation().primary());
        InterfaceEndpoint ie = (InterfaceEndpoint) p.elements().get(0);
        assertThat(ie.service()).isNull();
        assertThat(ie.serviceName()).isEqualTo("com.amazonaws.us-east-1.s3");
    }
}
