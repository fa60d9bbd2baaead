package dev.linkwright.io.export.terraform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.io.AtomicFiles;
import dev.linkwright.io.export.AwsLocation;
import dev.linkwright.io.export.DesignExporter;
import dev.linkwright.io.export.ExportException;
import dev.linkwright.io.export.ExportFormat;
import dev.linkwright.io.export.ExportOptions;
import dev.linkwright.io.export.ExportProgress;
import dev.linkwright.io.export.ExportScope;
import dev.linkwright.io.export.ExportSummary;
import dev.linkwright.io.export.SummaryBuilder;
import dev.linkwright.model.Account;
import dev.linkwright.model.AvailabilityZone;
import dev.linkwright.model.CustomerGateway;
import dev.linkwright.model.Design;
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
import dev.linkwright.model.TopologyView;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.model.VirtualInterface;
import dev.linkwright.model.Vpc;
import dev.linkwright.model.VpnConnection;
import dev.linkwright.model.VpnGateway;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a design as one Terraform configuration in JSON syntax ({@code .tf.json}): one
 * {@code aws} provider alias per account and Region, every resource with its {@code provider},
 * references between resources as expressions ({@code ${aws_vpc.vpc_a.id}}), never literal ids,
 * and the tags {@code Name} and {@code linkwright:id}. What Terraform cannot create (on-premises
 * networks, the internet, AWS services themselves) is listed in the summary.
 *
 * <pre>{@code
 * TerraformExporter exporter = new TerraformExporter();
 * ObjectNode json = exporter.render(design, ExportOptions.defaults(), summary, ExportProgress.NONE);
 * }</pre>
 */
public final class TerraformExporter implements DesignExporter {

    @Override
    public ExportFormat format() {
        return ExportFormat.TERRAFORM_JSON;
    }

    @Override
    public ExportSummary export(Design design, ExportOptions options, Path output, ExportProgress progress)
            throws ExportException, IOException {
        SummaryBuilder summary = new SummaryBuilder(format());
        ObjectNode json = render(design, options, summary, progress);
        byte[] bytes = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(json);
        progress.checkCancelled();
        AtomicFiles.write(output, bytes);
        summary.file(output);
        return summary.build();
    }

    /** The configuration as a JSON tree; records what was and was not exported in {@code summary}. */
    public ObjectNode render(Design design, ExportOptions options, SummaryBuilder summary, ExportProgress progress)
            throws ExportException {
        TopologyView topology = design.topology();
        ExportScope scope = ExportScope.of(topology, options);
        TerraformConfig config = new TerraformConfig();
        TerraformContext ctx = new TerraformContext(topology, scope, config, summary);
        Writers writers = new Writers(ctx);
        List<Element> elements = scope.elements(topology);
        for (int i = 0; i < elements.size(); i++) {
            progress.checkCancelled();
            Element e = elements.get(i);
            progress.step(i, elements.size(), "Writing " + e.kind().label() + " " + e.id());
            writers.write(e);
        }
        progress.step(elements.size(), elements.size(), "Terraform configuration written");
        return config.document();
    }

    /** One writer per area; {@link #write} sends each element to the right one. */
    private static final class Writers {
        private final TerraformContext ctx;
        private final TerraformNetwork network;
        private final TerraformRouting routing;
        private final TerraformSecurity security;
        private final TerraformCompute compute;
        private final TerraformPrivateLink privateLink;
        private final TerraformPeering peering;
        private final TerraformTransit transit;
        private final TerraformHybrid hybrid;

        Writers(TerraformContext ctx) {
            this.ctx = ctx;
            network = new TerraformNetwork(ctx);
            routing = new TerraformRouting(ctx);
            security = new TerraformSecurity(ctx);
            compute = new TerraformCompute(ctx);
            privateLink = new TerraformPrivateLink(ctx);
            peering = new TerraformPeering(ctx);
            transit = new TerraformTransit(ctx);
            hybrid = new TerraformHybrid(ctx);
        }

        void write(Element e) {
            if (AwsLocation.of(ctx.topology, e).isEmpty()) {
                ctx.summary.notExported(e, "outside AWS: Terraform has nothing to create for it");
            } else if (!writeStructure(e) && !writeNetwork(e) && !writeServices(e) && !writeConnectivity(e)) {
                ctx.summary.notExported(e, notCreatedReason(e));
            }
        }

        private boolean writeStructure(Element e) {
            if (e instanceof Account a) {
                ctx.summary.exported(a, "var.profile_" + a.id().value() + " (credentials) and allowed_account_ids");
            } else if (e instanceof Region r) {
                ctx.summary.exported(r, ctx.providerOf(r));
            } else if (e instanceof AvailabilityZone z) {
                ctx.summary.exported(z, "availability zone of its subnets");
            } else {
                return false;
            }
            return true;
        }

        private boolean writeNetwork(Element e) {
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

        private boolean writeServices(Element e) {
            if (e instanceof Instance i) {
                compute.instance(i);
            } else if (e instanceof NetworkInterface eni) {
                compute.networkInterface(eni);
            } else if (e instanceof LoadBalancer lb) {
                compute.loadBalancer(lb);
            } else if (e instanceof TargetGroup tg) {
                compute.targetGroup(tg);
            } else if (e instanceof EndpointService svc) {
                privateLink.endpointService(svc);
            } else if (e instanceof InterfaceEndpoint ep) {
                privateLink.interfaceEndpoint(ep);
            } else if (e instanceof GatewayEndpoint ep) {
                privateLink.gatewayEndpoint(ep);
            } else {
                return false;
            }
            return true;
        }

        private boolean writeConnectivity(Element e) {
            if (e instanceof PeeringConnection pcx) {
                peering.peering(pcx);
            } else if (e instanceof TransitGateway tgw) {
                transit.transitGateway(tgw);
            } else if (e instanceof TgwRouteTable rt) {
                transit.routeTable(rt);
            } else if (e instanceof TgwAttachment a) {
                transit.attachment(a);
            } else if (e instanceof VpnGateway vgw) {
                hybrid.vpnGateway(vgw);
            } else if (e instanceof CustomerGateway cgw) {
                hybrid.customerGateway(cgw);
            } else if (e instanceof VpnConnection vpn) {
                hybrid.vpnConnection(vpn);
            } else if (e instanceof DirectConnectConnection dx) {
                hybrid.connection(dx);
            } else if (e instanceof DirectConnectGateway dxgw) {
                hybrid.gateway(dxgw);
            } else if (e instanceof VirtualInterface vif) {
                hybrid.virtualInterface(vif);
            } else {
                return false;
            }
            return true;
        }

        private static String notCreatedReason(Element e) {
            switch (e.kind()) {
                case AWS_SERVICE:
                    return "AWS runs the service; it is reached through endpoints and prefix lists";
                default:
                    return "Terraform export does not cover " + e.kind().phrase();
            }
        }
    }
}
