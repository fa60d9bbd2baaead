package dev.linkwright.validation.rules;

import dev.linkwright.model.AttachmentType;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.EndpointInterface;
import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.model.Instance;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.Listener;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerNode;
import dev.linkwright.model.NetworkInterface;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Target;
import dev.linkwright.model.TargetGroup;
import dev.linkwright.model.TargetType;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.Vpc;
import dev.linkwright.model.VpnGateway;
import dev.linkwright.validation.ElementRule;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * R-VPC-5 and the API's scoping: associations stay inside one VPC. A subnet uses a route table and
 * network ACL of its VPC; instances, interfaces, endpoints and load balancers use security groups of
 * their VPC; endpoints and load balancers use subnets of their VPC; a gateway endpoint serves route
 * tables of its VPC; a transit gateway VPC attachment uses subnets of the attached VPC; route
 * propagation comes from the VPC's own virtual private gateway; instance targets are in the load
 * balancer's VPC.
 */
public final class CrossVpcAssociation extends ElementRule<Element> {

    public CrossVpcAssociation() {
        super("E_CROSS_VPC_ASSOCIATION", "R-VPC-5", Element.class,
                "An element is associated with a part of another VPC (a subnet with another VPC's route table or ACL, an instance with another VPC's security group, an endpoint or load balancer with another VPC's subnet, ...); AWS refuses such associations.",
                "Associate the element with the matching component of its own VPC.");
    }

    @Override
    public List<Class<? extends Element>> anchorTypes() {
        return List.of(Subnet.class, Instance.class, NetworkInterface.class, InterfaceEndpoint.class, LoadBalancer.class, GatewayEndpoint.class, TgwAttachment.class, RouteTable.class, TargetGroup.class);
    }

    @Override
    protected void check(Element e, Check c) {
        if (e instanceof Subnet s) {
            same(c, s, s.routeTable(), "route table");
            same(c, s, s.networkAcl(), "network ACL");
        } else if (e instanceof Instance i) {
            i.securityGroups().forEach(sg -> same(c, i, sg, "security group"));
        } else if (e instanceof NetworkInterface n) {
            n.securityGroups().forEach(sg -> same(c, n, sg, "security group"));
        } else if (e instanceof InterfaceEndpoint ep) {
            for (EndpointInterface i : ep.interfaces()) {
                same(c, ep, i.subnet(), "subnet");
            }
            ep.securityGroups().forEach(sg -> same(c, ep, sg, "security group"));
        } else if (e instanceof LoadBalancer lb) {
            for (LoadBalancerNode n : lb.nodes()) {
                same(c, lb, n.subnet(), "subnet");
            }
            lb.securityGroups().forEach(sg -> same(c, lb, sg, "security group"));
            for (Listener l : lb.listeners()) {
                same(c, lb, l.targetGroup(), "target group");
            }
        } else if (e instanceof GatewayEndpoint g) {
            g.routeTables().forEach(rt -> same(c, g, rt, "route table"));
        } else if (e instanceof TgwAttachment a && a.type() == AttachmentType.VPC) {
            for (ElementId s : a.subnets()) {
                ElementId subnetVpc = Network.vpcIdOf(c.view(), s);
                if (c.view().contains(s) && subnetVpc != null && !subnetVpc.equals(a.resource())) {
                    c.report("Transit gateway attachment '" + a.id() + "' attaches VPC '" + a.resource() + "' but uses subnet '" + s
                                    + "' of VPC '" + subnetVpc + "'; attachment subnets belong to the attached VPC.",
                            "Use one subnet per AZ of VPC '" + a.resource() + "'.", a.id(), s, a.resource());
                }
            }
        } else if (e instanceof RouteTable rt) {
            for (ElementId g : rt.propagatingGateways()) {
                Optional<VpnGateway> vgw = c.view().find(g, VpnGateway.class);
                ElementId own = Network.vpcIdOf(c.view(), rt.id());
                Optional<Vpc> attached = vgw.flatMap(v -> c.view().find(v.parent(), Vpc.class));
                if (attached.isPresent() && own != null && !attached.get().id().equals(own)) {
                    c.report("Route table '" + rt.id() + "' propagates routes from virtual private gateway '" + g + "', which is attached to VPC '"
                                    + attached.get().id() + "', not to its own VPC '" + own + "'.",
                            "Propagate from the virtual private gateway attached to VPC '" + own + "'.", rt.id(), g, own);
                }
            }
        } else if (e instanceof TargetGroup tg && tg.targetType() == TargetType.INSTANCE) {
            for (Target t : tg.targets()) {
                if (t.instance() != null) {
                    same(c, tg, t.instance(), "instance target");
                }
            }
        }
    }

    private void same(Check c, Element owner, ElementId other, String what) {
        if (other == null || !c.view().contains(other)) {
            return;
        }
        ElementId mine = Network.vpcIdOf(c.view(), owner.id());
        ElementId theirs = Network.vpcIdOf(c.view(), other);
        if (mine != null && theirs != null && !Objects.equals(mine, theirs)) {
            c.report(Network.describeCapitalised(owner) + " (VPC '" + mine + "') uses " + what + " '" + other + "' of VPC '" + theirs
                            + "'; AWS only associates components of the same VPC.",
                    "Use a " + what + " of VPC '" + mine + "'.", owner.id(), other, mine);
        }
    }
}
