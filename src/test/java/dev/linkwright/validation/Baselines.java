package dev.linkwright.validation;

import static dev.linkwright.validation.DesignBuilder.route;
import static dev.linkwright.validation.DesignBuilder.tcpFrom;

import dev.linkwright.model.EndpointService;
import dev.linkwright.model.TgwRoute;
import java.util.List;

/**
 * The baselines of {@code scenarios-public.md} built with {@link DesignBuilder}: each is a valid
 * design (warnings at most) that a rule test changes in one place.
 */
final class Baselines {

    static final String CONSUMER = "111111111111";
    static final String PROVIDER = "222222222222";

    private Baselines() {
    }

    /**
     * B1: consumer VPC-C (account C) with interface endpoint vpce-c1 in c-vpce (us-east-1a = use1-az1)
     * to endpoint service vpce-svc-0p1 of provider VPC-P, whose NLB nlb-p1 sits in p-nlb (P
     * us-east-1c = use1-az1) in front of i-p1.
     */
    static DesignBuilder privateLink() {
        DesignBuilder d = new DesignBuilder()
                .account(CONSUMER, "us-east-1a=use1-az1", "us-east-1b=use1-az2", "us-east-1c=use1-az4")
                .account(PROVIDER, "us-east-1a=use1-az2", "us-east-1b=use1-az4", "us-east-1c=use1-az1")
                .region("c-use1", CONSUMER, "us-east-1").region("p-use1", PROVIDER, "us-east-1")
                .vpc("VPC-C", "c-use1", "10.0.0.0/16").az("VPC-C/a", "VPC-C", "us-east-1a").az("VPC-C/b", "VPC-C", "us-east-1b")
                .routeTable("rtb-c-app", "VPC-C").routeTable("rtb-c-vpce", "VPC-C")
                .subnet("c-app", "VPC-C/a", "10.0.1.0/24", "rtb-c-app").subnet("c-vpce", "VPC-C/a", "10.0.10.0/24", "rtb-c-vpce")
                .securityGroup("sg-c1", "VPC-C").securityGroup("sg-vpce", "VPC-C", tcpFrom(443, "10.0.0.0/16"))
                .instance("i-c1", "c-app", "10.0.1.10", "sg-c1")
                .vpc("VPC-P", "p-use1", "10.1.0.0/16").az("VPC-P/c", "VPC-P", "us-east-1c").az("VPC-P/a", "VPC-P", "us-east-1a")
                .mainRouteTable("rtb-p", "VPC-P")
                .subnet("p-nlb", "VPC-P/c", "10.1.10.0/24").subnet("p-app", "VPC-P/c", "10.1.1.0/24")
                .securityGroup("sg-p1", "VPC-P", tcpFrom(8443, "10.1.10.0/24"))
                .instance("i-p1", "p-app", "10.1.1.20", "sg-p1")
                .targetGroup("tg-p1", "VPC-P", 8443, "i-p1")
                .nlb("nlb-p1", "VPC-P", 443, "tg-p1", "p-nlb=10.1.10.5")
                .endpointService("vpce-svc-0p1", "p-use1", "nlb-p1")
                .edit("vpce-svc-0p1", EndpointService.class, s -> new EndpointService(s.id(), s.name(), s.parent(), s.serviceName(),
                        s.loadBalancers(), true, List.of("arn:aws:iam::111111111111:root"), s.supportedIpAddressTypes(), List.of("us-east-1"),
                        null, true, List.of("use1-az1"), s.state()))
                .interfaceEndpoint("vpce-c1", "VPC-C", "vpce-svc-0p1", "c-vpce=10.0.10.50");
        return d;
    }

    /**
     * B1 made highly available: a second consumer subnet in C us-east-1b (use1-az2) for the endpoint,
     * and the NLB enabled in P us-east-1a (use1-az2) with a target there.
     */
    static DesignBuilder privateLinkAcrossAzs() {
        return privateLink()
                .subnet("c-vpce-b", "VPC-C/b", "10.0.11.0/24", "rtb-c-vpce")
                .interfaceEndpoint("vpce-c1", "VPC-C", "vpce-svc-0p1", "c-vpce=10.0.10.50", "c-vpce-b=10.0.11.50")
                .subnet("p-nlb-a", "VPC-P/a", "10.1.20.0/24").subnet("p-app-a", "VPC-P/a", "10.1.2.0/24")
                .instance("i-p2", "p-app-a", "10.1.2.20", "sg-p1")
                .targetGroup("tg-p1", "VPC-P", 8443, "i-p1", "i-p2")
                .nlb("nlb-p1", "VPC-P", 443, "tg-p1", "p-nlb=10.1.10.5", "p-nlb-a=10.1.20.5")
                .edit("vpce-svc-0p1", EndpointService.class, s -> new EndpointService(s.id(), s.name(), s.parent(), s.serviceName(),
                        s.loadBalancers(), true, s.allowedPrincipals(), s.supportedIpAddressTypes(), s.supportedRegions(), null, true,
                        List.of("use1-az1", "use1-az2"), s.state()));
    }

    /** B2: VPC-A 10.0.0.0/16 and VPC-B 10.1.0.0/16 in one account, peered by pcx-AB with routes both ways. */
    static DesignBuilder peered() {
        return new DesignBuilder()
                .account(CONSUMER, "us-east-1a=use1-az1", "us-east-1b=use1-az2")
                .region("use1", CONSUMER, "us-east-1")
                .vpc("VPC-A", "use1", "10.0.0.0/16").az("VPC-A/a", "VPC-A", "us-east-1a")
                .vpc("VPC-B", "use1", "10.1.0.0/16").az("VPC-B/a", "VPC-B", "us-east-1a")
                .peering("pcx-AB", "use1", "VPC-A", "VPC-B")
                .routeTable("rtb-a", "VPC-A", route("10.1.0.0/16", "pcx-AB"))
                .routeTable("rtb-b", "VPC-B", route("10.0.0.0/16", "pcx-AB"))
                .subnet("a-app", "VPC-A/a", "10.0.1.0/24", "rtb-a").subnet("b-app", "VPC-B/a", "10.1.1.0/24", "rtb-b")
                .securityGroup("sg-a1", "VPC-A").securityGroup("sg-b1", "VPC-B", tcpFrom(5432, "10.0.0.0/16"))
                .instance("i-a1", "a-app", "10.0.1.10", "sg-a1").instance("i-b1", "b-app", "10.1.1.20", "sg-b1");
    }

    /** B4: VPC-A and VPC-B attached to tgw-1 with one attachment subnet in each of two AZs. */
    static DesignBuilder transitHub() {
        return new DesignBuilder()
                .account(CONSUMER, "us-east-1a=use1-az1", "us-east-1b=use1-az2")
                .region("use1", CONSUMER, "us-east-1")
                .transitGateway("tgw-1", "use1")
                .tgwRouteTable("tgw-rtb-default", "tgw-1")
                .vpc("VPC-A", "use1", "10.0.0.0/16").az("VPC-A/a", "VPC-A", "us-east-1a").az("VPC-A/b", "VPC-A", "us-east-1b")
                .routeTable("rtb-a", "VPC-A", route("10.1.0.0/16", "tgw-1")).routeTable("rtb-a-tgw", "VPC-A")
                .subnet("a-app", "VPC-A/a", "10.0.1.0/24", "rtb-a")
                .subnet("a-tgw-1", "VPC-A/a", "10.0.255.0/28", "rtb-a-tgw").subnet("a-tgw-2", "VPC-A/b", "10.0.255.16/28", "rtb-a-tgw")
                .vpc("VPC-B", "use1", "10.1.0.0/16").az("VPC-B/a", "VPC-B", "us-east-1a").az("VPC-B/b", "VPC-B", "us-east-1b")
                .routeTable("rtb-b", "VPC-B", route("10.0.0.0/16", "tgw-1")).routeTable("rtb-b-tgw", "VPC-B")
                .subnet("b-app", "VPC-B/a", "10.1.1.0/24", "rtb-b")
                .subnet("b-tgw-1", "VPC-B/a", "10.1.255.0/28", "rtb-b-tgw").subnet("b-tgw-2", "VPC-B/b", "10.1.255.16/28", "rtb-b-tgw")
                .vpcAttachment("att-A", "tgw-1", "VPC-A", "a-tgw-1", "a-tgw-2")
                .vpcAttachment("att-B", "tgw-1", "VPC-B", "b-tgw-1", "b-tgw-2")
                .tgwRouteTable("tgw-rtb-default", "tgw-1", TgwRoute.to(DesignBuilder.cidr("10.0.0.0/16"), DesignBuilder.id("att-A")),
                        TgwRoute.to(DesignBuilder.cidr("10.1.0.0/16"), DesignBuilder.id("att-B")))
                .securityGroup("sg-a1", "VPC-A").securityGroup("sg-b1", "VPC-B", tcpFrom(5432, "10.0.0.0/16"))
                .instance("i-a1", "a-app", "10.0.1.10", "sg-a1").instance("i-b1", "b-app", "10.1.1.20", "sg-b1");
    }

    /** B5: VPC-W with internet gateway igw-W, public subnet w-pub with NAT gateway nat-W, private subnet w-priv. */
    static DesignBuilder internet() {
        return new DesignBuilder()
                .account(CONSUMER, "us-east-1a=use1-az1")
                .region("use1", CONSUMER, "us-east-1")
                .vpc("VPC-W", "use1", "10.20.0.0/16").az("VPC-W/a", "VPC-W", "us-east-1a")
                .internetGateway("igw-W", "VPC-W")
                .routeTable("rtb-w-pub", "VPC-W", route("0.0.0.0/0", "igw-W"))
                .routeTable("rtb-w-priv", "VPC-W", route("0.0.0.0/0", "nat-W"))
                .subnet("w-pub", "VPC-W/a", "10.20.1.0/24", "rtb-w-pub").subnet("w-priv", "VPC-W/a", "10.20.2.0/24", "rtb-w-priv")
                .natGateway("nat-W", "w-pub", "10.20.1.100", "203.0.113.50")
                .publicInstance("i-w1", "w-pub", "10.20.1.10", "203.0.113.60")
                .instance("i-w2", "w-priv", "10.20.2.10")
                .instance("i-w3", "w-pub", "10.20.1.20");
    }
}
