package dev.linkwright.io.export.cloudformation;

import dev.linkwright.io.export.AwsLocation;
import dev.linkwright.model.Account;
import dev.linkwright.model.AvailabilityZone;
import dev.linkwright.model.CustomerGateway;
import dev.linkwright.model.DirectConnectConnection;
import dev.linkwright.model.DirectConnectGateway;
import dev.linkwright.model.Element;
import dev.linkwright.model.EndpointService;
import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.model.Instance;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.InternetGateway;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.NatGateway;
import dev.linkwright.model.NetworkAcl;
import dev.linkwright.model.NetworkInterface;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.PrefixList;
import dev.linkwright.model.Region;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.TargetGroup;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TgwRouteTable;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.model.VirtualInterface;
import dev.linkwright.model.Vpc;
import dev.linkwright.model.VpnConnection;
import dev.linkwright.model.VpnGateway;

/** Sends each element to the CloudFormation writer of its area, and reports what CloudFormation cannot create. */
final class CfnWriters {

    static final String NO_DIRECT_CONNECT = "CloudFormation has no Direct Connect resource types; "
            + "export to Terraform (tf-json) or create it in the console";

    private final CfnContext ctx;
    private final CfnNetwork network;
    private final CfnRouting routing;
    private final CfnSecurity security;
    private final CfnServices services;
    private final CfnConnectivity connectivity;

    CfnWriters(CfnContext ctx) {
        this.ctx = ctx;
        network = new CfnNetwork(ctx);
        routing = new CfnRouting(ctx, network);
        security = new CfnSecurity(ctx);
        services = new CfnServices(ctx);
        connectivity = new CfnConnectivity(ctx);
    }

    void write(Element e) {
        if (AwsLocation.of(ctx.topology, e).isEmpty()) {
            ctx.summary.notExported(e, "outside AWS: CloudFormation has nothing to create for it");
        } else if (e instanceof DirectConnectConnection || e instanceof VirtualInterface || e instanceof DirectConnectGateway) {
            ctx.summary.notExported(e, NO_DIRECT_CONNECT);
        } else if (!structure(e) && !network(e) && !services(e) && !connectivity(e)) {
            ctx.summary.notExported(e, e.kind() == dev.linkwright.model.ElementKind.AWS_SERVICE
                    ? "AWS runs the service; it is reached through endpoints and prefix lists"
                    : "CloudFormation export does not cover " + e.kind().phrase());
        }
    }

    private boolean structure(Element e) {
        if (e instanceof Account a) {
            ctx.summary.exported(a, "the stacks of account " + a.id());
        } else if (e instanceof Region r) {
            ctx.summary.exported(r, "stack " + ctx.templateOf(r).stackName);
        } else if (e instanceof AvailabilityZone z) {
            ctx.summary.exported(z, "availability zone of its subnets");
        } else {
            return false;
        }
        return true;
    }

    private boolean network(Element e) {
        if (e instanceof Vpc v) {
            network.vpc(v);
        } else if (e instanceof Subnet s) {
            network.subnet(s);
        } else if (e instanceof RouteTable rt) {
            routing.routeTable(rt);
        } else if (e instanceof NetworkAcl acl) {
            network.networkAcl(acl);
        } else if (e instanceof SecurityGroup sg) {
            security.securityGroup(sg);
        } else if (e instanceof PrefixList pl) {
            network.prefixList(pl);
        } else if (e instanceof InternetGateway igw) {
            network.internetGateway(igw);
        } else if (e instanceof NatGateway nat) {
            network.natGateway(nat);
        } else {
            return false;
        }
        return true;
    }

    private boolean services(Element e) {
        if (e instanceof Instance i) {
            services.instance(i);
        } else if (e instanceof NetworkInterface eni) {
            services.networkInterface(eni);
        } else if (e instanceof LoadBalancer lb) {
            services.loadBalancer(lb);
        } else if (e instanceof TargetGroup tg) {
            services.targetGroup(tg);
        } else if (e instanceof EndpointService svc) {
            services.endpointService(svc);
        } else if (e instanceof InterfaceEndpoint ep) {
            services.interfaceEndpoint(ep);
        } else if (e instanceof GatewayEndpoint ep) {
            services.gatewayEndpoint(ep);
        } else {
            return false;
        }
        return true;
    }

    private boolean connectivity(Element e) {
        if (e instanceof PeeringConnection pcx) {
            connectivity.peering(pcx);
        } else if (e instanceof TransitGateway tgw) {
            connectivity.transitGateway(tgw);
        } else if (e instanceof TgwRouteTable rt) {
            connectivity.routeTable(rt);
        } else if (e instanceof TgwAttachment a) {
            connectivity.attachment(a);
        } else if (e instanceof VpnGateway vgw) {
            connectivity.vpnGateway(vgw);
        } else if (e instanceof CustomerGateway cgw) {
            connectivity.customerGateway(cgw);
        } else if (e instanceof VpnConnection vpn) {
            connectivity.vpnConnection(vpn);
        } else {
            return false;
        }
        return true;
    }
}
