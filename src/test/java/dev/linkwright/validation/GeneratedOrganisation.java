package dev.linkwright.validation;

import static dev.linkwright.validation.DesignBuilder.cidr;

import static dev.linkwright.validation.DesignBuilder.route;

import dev.linkwright.model.EndpointService;
import dev.linkwright.model.IpAddressType;
import dev.linkwright.model.Topology;
import dev.linkwright.model.TgwRoute;
import java.util.ArrayList;
import java.util.List;

/**
 * A large organisation for the validation benchmark: {@code vpcs} VPCs spread over accounts of 50
 * VPCs in two Regions, each VPC with three AZs, public and private subnets, an internet gateway, a
 * NAT gateway per AZ, instances, a transit gateway attachment and an interface endpoint to a shared
 * service; every fifth VPC provides an endpoint service behind a three-AZ NLB; neighbours are peered.
 * About 60 elements per VPC. (Stands in for the reachability engineer's SyntheticOrganisation until
 * that lands on main.)
 */
final class GeneratedOrganisation {

    private GeneratedOrganisation() {
    }

    static Topology generate(int vpcs) {
        DesignBuilder d = new DesignBuilder();
        String[] regions = {"us-east-1", "eu-west-1"};
        String[][] zoneIds = {{"use1-az1", "use1-az2", "use1-az4"}, {"euw1-az1", "euw1-az2", "euw1-az3"}};
        List<String> providers = new ArrayList<>();
        for (int v = 0; v < vpcs; v++) {
            int accountNo = v / 50;
            String account = String.format("%012d", 100000000000L + accountNo);
            int r = (v / 25) % 2;
            String region = account + "/" + regions[r];
            if (v % 50 == 0) {
                d.account(account, "us-east-1a=use1-az1", "us-east-1b=use1-az2", "us-east-1c=use1-az4",
                        "eu-west-1a=euw1-az1", "eu-west-1b=euw1-az2", "eu-west-1c=euw1-az3");
            }
            if (v % 25 == 0) {
                d.region(region, account, regions[r]);
                d.transitGateway("tgw-" + v / 25, region).tgwRouteTable("tgw-rtb-" + v / 25, "tgw-" + v / 25, TgwRoute.to(cidr("10.0.0.0/8"), null));
            }
            String tgw = "tgw-" + v / 25;
            String vpc = "vpc-" + v;
            int second = v % 250;
            int first = 10 + v / 250;
            String block = first + "." + second + ".0.0/16";
            d.vpc(vpc, region, block).internetGateway("igw-" + v, vpc)
                    .securityGroup("sg-app-" + v, vpc, DesignBuilder.tcpFrom(443, first + "." + second + ".0.0/16"))
                    .securityGroup("sg-vpce-" + v, vpc, DesignBuilder.tcpFrom(443, "10.0.0.0/8"));
            d.routeTable("rtb-pub-" + v, vpc, route("0.0.0.0/0", "igw-" + v));
            List<String> tgwSubnets = new ArrayList<>();
            List<String> endpointInterfaces = new ArrayList<>();
            List<String> nlbNodes = new ArrayList<>();
            for (int z = 0; z < 3; z++) {
                String az = vpc + "/" + z;
                String prefix = first + "." + second + ".";
                d.az(az, vpc, regions[r] + "abc".charAt(z));
                d.routeTable("rtb-priv-" + v + "-" + z, vpc, route("0.0.0.0/0", "nat-" + v + "-" + z), route("10.0.0.0/8", tgw));
                d.subnet("pub-" + v + "-" + z, az, prefix + (z * 16) + ".0/20", "rtb-pub-" + v);
                d.subnet("app-" + v + "-" + z, az, prefix + (64 + z * 16) + ".0/20", "rtb-priv-" + v + "-" + z);
                d.subnet("tgw-" + v + "-" + z, az, prefix + "250." + (z * 16) + "/28", "rtb-priv-" + v + "-" + z);
                d.natGateway("nat-" + v + "-" + z, "pub-" + v + "-" + z, prefix + (z * 16) + ".10", "203.0." + (v % 250) + "." + (10 + z));
                d.instance("i-" + v + "-" + z + "a", "app-" + v + "-" + z, prefix + (64 + z * 16) + ".10", "sg-app-" + v);
                d.instance("i-" + v + "-" + z + "b", "app-" + v + "-" + z, prefix + (64 + z * 16) + ".11", "sg-app-" + v);
                tgwSubnets.add("tgw-" + v + "-" + z);
                endpointInterfaces.add("app-" + v + "-" + z + "=" + prefix + (64 + z * 16) + ".50");
                nlbNodes.add("app-" + v + "-" + z + "=" + prefix + (64 + z * 16) + ".5");
            }
            d.vpcAttachment("att-" + v, tgw, vpc, tgwSubnets.toArray(new String[0]));
            if (v % 5 == 0) {
                d.targetGroup("tg-" + v, vpc, 443, "i-" + v + "-0a", "i-" + v + "-1a", "i-" + v + "-2a")
                        .nlb("nlb-" + v, vpc, 443, "tg-" + v, nlbNodes.toArray(new String[0]))
                        .endpointService("svc-" + v, region, "nlb-" + v)
                        .edit("svc-" + v, EndpointService.class, s -> new EndpointService(s.id(), s.name(), s.parent(), s.serviceName(),
                                s.loadBalancers(), true, List.of("*"), List.of(IpAddressType.IPV4), List.of(), null, true, null, null));
                providers.add("svc-" + v);
            } else {
                String service = providers.get(providers.size() - 1);
                d.interfaceEndpoint("vpce-" + v, vpc, service, endpointInterfaces.toArray(new String[0]));
            }
            if (v % 25 != 0) {
                d.peering("pcx-" + v, region, "vpc-" + (v - 1), vpc);
            }
        }
        return d.topology();
    }

}
