package dev.linkwright.io.aws.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic AWS snapshot the way the AWS CLI prints it ({@code describe-*} JSON,
 * indented, with the fields AWS returns), laid out {@code accounts/<account-id>/<region>/}:
 * per account a transit gateway hub; per VPC public and private route tables, a network ACL, two
 * security groups, an internet gateway, a NAT gateway, a transit gateway attachment and an
 * interface endpoint; per subnet one instance with its network interface.
 *
 * <pre>{@code
 * // 100 accounts x 10 VPCs x 10 subnets = 10,000 subnets
 * new AwsSnapshotGenerator(100, 10, 10).write(Path.of("/tmp/big-snapshot"));
 * }</pre>
 */
public final class AwsSnapshotGenerator {

    private static final String REGION = "us-east-1";
    private static final String[] ZONES = {"us-east-1a", "us-east-1b", "us-east-1c"};
    private static final String[] ZONE_IDS = {"use1-az1", "use1-az2", "use1-az4"};

    private final int accounts;
    private final int vpcsPerAccount;
    private final int subnetsPerVpc;
    private final JsonFactory factory = new JsonFactory();

    public AwsSnapshotGenerator(int accounts, int vpcsPerAccount, int subnetsPerVpc) {
        if (subnetsPerVpc > 250 || vpcsPerAccount > 250) {
            throw new IllegalArgumentException("at most 250 VPCs per account and 250 subnets per VPC");
        }
        this.accounts = accounts;
        this.vpcsPerAccount = vpcsPerAccount;
        this.subnetsPerVpc = subnetsPerVpc;
    }

    public int subnets() {
        return accounts * vpcsPerAccount * subnetsPerVpc;
    }

    /** Writes the snapshot under {@code folder}/aws_configs. */
    public void write(Path folder) throws IOException {
        for (int a = 0; a < accounts; a++) {
            String account = String.format("%012d", 100_000_000_000L + a);
            Path dir = folder.resolve("aws_configs/accounts/" + account + "/" + REGION);
            Files.createDirectories(dir);
            new AccountWriter(account, a, dir).write();
        }
    }

    /** The files of one account. */
    private final class AccountWriter {
        private final String account;
        private final int index;
        private final Path dir;

        AccountWriter(String account, int index, Path dir) {
            this.account = account;
            this.index = index;
            this.dir = dir;
        }

        private String id(String prefix, int vpc, int n) {
            return String.format("%s-%05x%03x%03x%06x", prefix, index, vpc, n, (index * 7919 + vpc * 104729 + n) & 0xffffff);
        }

        private String vpcCidr(int v) {
            return "10." + ((index * vpcsPerAccount + v) % 250) + ".0.0/16";
        }

        private String subnetCidr(int v, int s) {
            return "10." + ((index * vpcsPerAccount + v) % 250) + "." + s + ".0/24";
        }

        private String ip(int v, int s, int host) {
            return "10." + ((index * vpcsPerAccount + v) % 250) + "." + s + "." + host;
        }

        private String tgw() {
            return id("tgw", 0, 0);
        }

        void write() throws IOException {
            file("AvailabilityZones", g -> {
                for (int z = 0; z < ZONES.length; z++) {
                    g.writeStartObject();
                    g.writeStringField("State", "available");
                    g.writeArrayFieldStart("Messages");
                    g.writeEndArray();
                    g.writeStringField("RegionName", REGION);
                    g.writeStringField("ZoneName", ZONES[z]);
                    g.writeStringField("ZoneId", ZONE_IDS[z]);
                    g.writeEndObject();
                }
            });
            file("Vpcs", this::vpcs);
            file("Subnets", this::subnets);
            file("RouteTables", this::routeTables);
            file("NetworkAcls", this::networkAcls);
            file("SecurityGroups", this::securityGroups);
            file("Reservations", this::reservations);
            file("NetworkInterfaces", this::networkInterfaces);
            file("InternetGateways", this::internetGateways);
            file("NatGateways", this::natGateways);
            file("VpcEndpoints", this::endpoints);
            file("TransitGateways", this::transitGateways);
            file("TransitGatewayRouteTables", g -> {
                g.writeStartObject();
                g.writeStringField("TransitGatewayRouteTableId", id("tgw-rtb", 0, 0));
                g.writeStringField("TransitGatewayId", tgw());
                g.writeStringField("State", "available");
                g.writeBooleanField("DefaultAssociationRouteTable", true);
                g.writeBooleanField("DefaultPropagationRouteTable", true);
                g.writeEndObject();
            });
            file("TransitGatewayAttachments", this::tgwAttachments);
            file("TransitGatewayVpcAttachments", this::tgwVpcAttachments);
            file("TransitGatewayPropagations", this::tgwPropagations);
        }

        private void tags(JsonGenerator g, String name) throws IOException {
            g.writeArrayFieldStart("Tags");
            g.writeStartObject();
            g.writeStringField("Key", "Name");
            g.writeStringField("Value", name);
            g.writeEndObject();
            g.writeStartObject();
            g.writeStringField("Key", "team");
            g.writeStringField("Value", "platform-" + index);
            g.writeEndObject();
            g.writeEndArray();
        }

        private void vpcs(JsonGenerator g) throws IOException {
            for (int v = 0; v < vpcsPerAccount; v++) {
                g.writeStartObject();
                g.writeStringField("CidrBlock", vpcCidr(v));
                g.writeStringField("DhcpOptionsId", "dopt-0abc");
                g.writeStringField("State", "available");
                g.writeStringField("VpcId", id("vpc", v, 0));
                g.writeStringField("OwnerId", account);
                g.writeStringField("InstanceTenancy", "default");
                g.writeArrayFieldStart("CidrBlockAssociationSet");
                g.writeStartObject();
                g.writeStringField("AssociationId", id("vpc-cidr-assoc", v, 0));
                g.writeStringField("CidrBlock", vpcCidr(v));
                g.writeObjectFieldStart("CidrBlockState");
                g.writeStringField("State", "associated");
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndArray();
                g.writeBooleanField("IsDefault", false);
                tags(g, "vpc-" + v);
                g.writeEndObject();
            }
        }

        private void subnets(JsonGenerator g) throws IOException {
            for (int v = 0; v < vpcsPerAccount; v++) {
                for (int s = 0; s < subnetsPerVpc; s++) {
                    g.writeStartObject();
                    g.writeStringField("AvailabilityZone", ZONES[s % 3]);
                    g.writeStringField("AvailabilityZoneId", ZONE_IDS[s % 3]);
                    g.writeNumberField("AvailableIpAddressCount", 250);
                    g.writeStringField("CidrBlock", subnetCidr(v, s));
                    g.writeBooleanField("DefaultForAz", false);
                    g.writeBooleanField("MapPublicIpOnLaunch", s == 0);
                    g.writeStringField("State", "available");
                    g.writeStringField("SubnetId", id("subnet", v, s));
                    g.writeStringField("VpcId", id("vpc", v, 0));
                    g.writeStringField("OwnerId", account);
                    g.writeBooleanField("AssignIpv6AddressOnCreation", false);
                    g.writeArrayFieldStart("Ipv6CidrBlockAssociationSet");
                    g.writeEndArray();
                    tags(g, (s == 0 ? "public-" : "private-") + s);
                    g.writeStringField("SubnetArn", "arn:aws:ec2:" + REGION + ":" + account + ":subnet/" + id("subnet", v, s));
                    g.writeEndObject();
                }
            }
        }

        private void route(JsonGenerator g, String destination, String targetField, String target, String origin) throws IOException {
            g.writeStartObject();
            g.writeStringField("DestinationCidrBlock", destination);
            g.writeStringField(targetField, target);
            g.writeStringField("Origin", origin);
            g.writeStringField("State", "active");
            g.writeEndObject();
        }

        private void routeTables(JsonGenerator g) throws IOException {
            for (int v = 0; v < vpcsPerAccount; v++) {
                for (int table = 0; table < 2; table++) {
                    boolean publicTable = table == 0;
                    g.writeStartObject();
                    g.writeArrayFieldStart("Associations");
                    if (!publicTable) {
                        g.writeStartObject();
                        g.writeBooleanField("Main", true);
                        g.writeStringField("RouteTableAssociationId", id("rtbassoc", v, 999));
                        g.writeStringField("RouteTableId", id("rtb", v, table));
                        g.writeEndObject();
                    }
                    for (int s = publicTable ? 0 : 1; s < (publicTable ? 1 : subnetsPerVpc); s++) {
                        g.writeStartObject();
                        g.writeBooleanField("Main", false);
                        g.writeStringField("RouteTableAssociationId", id("rtbassoc", v, s));
                        g.writeStringField("RouteTableId", id("rtb", v, table));
                        g.writeStringField("SubnetId", id("subnet", v, s));
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeArrayFieldStart("PropagatingVgws");
                    g.writeEndArray();
                    g.writeStringField("RouteTableId", id("rtb", v, table));
                    g.writeArrayFieldStart("Routes");
                    route(g, vpcCidr(v), "GatewayId", "local", "CreateRouteTable");
                    route(g, "10.0.0.0/8", "TransitGatewayId", tgw(), "CreateRoute");
                    route(g, "0.0.0.0/0", publicTable ? "GatewayId" : "NatGatewayId", publicTable ? id("igw", v, 0) : id("nat", v, 0),
                            "CreateRoute");
                    g.writeEndArray();
                    tags(g, publicTable ? "public" : "private");
                    g.writeStringField("VpcId", id("vpc", v, 0));
                    g.writeStringField("OwnerId", account);
                    g.writeEndObject();
                }
            }
        }

        private void aclEntry(JsonGenerator g, boolean egress, int number, String action, String protocol) throws IOException {
            g.writeStartObject();
            g.writeStringField("CidrBlock", "0.0.0.0/0");
            g.writeBooleanField("Egress", egress);
            g.writeStringField("Protocol", protocol);
            if (protocol.equals("6")) {
                g.writeObjectFieldStart("PortRange");
                g.writeNumberField("From", 1024);
                g.writeNumberField("To", 65535);
                g.writeEndObject();
            }
            g.writeStringField("RuleAction", action);
            g.writeNumberField("RuleNumber", number);
            g.writeEndObject();
        }

        private void networkAcls(JsonGenerator g) throws IOException {
            for (int v = 0; v < vpcsPerAccount; v++) {
                g.writeStartObject();
                g.writeArrayFieldStart("Associations");
                for (int s = 0; s < subnetsPerVpc; s++) {
                    g.writeStartObject();
                    g.writeStringField("NetworkAclAssociationId", id("aclassoc", v, s));
                    g.writeStringField("NetworkAclId", id("acl", v, 0));
                    g.writeStringField("SubnetId", id("subnet", v, s));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("Entries");
                for (boolean egress : new boolean[] {false, true}) {
                    aclEntry(g, egress, 90, "allow", "6");
                    aclEntry(g, egress, 100, "allow", "-1");
                    aclEntry(g, egress, 32767, "deny", "-1");
                }
                g.writeEndArray();
                g.writeBooleanField("IsDefault", true);
                g.writeStringField("NetworkAclId", id("acl", v, 0));
                tags(g, "default");
                g.writeStringField("VpcId", id("vpc", v, 0));
                g.writeStringField("OwnerId", account);
                g.writeEndObject();
            }
        }

        private void permission(JsonGenerator g, String protocol, int from, int to, String cidr, String group) throws IOException {
            g.writeStartObject();
            g.writeStringField("IpProtocol", protocol);
            if (from >= 0) {
                g.writeNumberField("FromPort", from);
                g.writeNumberField("ToPort", to);
            }
            g.writeArrayFieldStart("IpRanges");
            if (cidr != null) {
                g.writeStartObject();
                g.writeStringField("CidrIp", cidr);
                g.writeStringField("Description", "generated");
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("Ipv6Ranges");
            g.writeEndArray();
            g.writeArrayFieldStart("PrefixListIds");
            g.writeEndArray();
            g.writeArrayFieldStart("UserIdGroupPairs");
            if (group != null) {
                g.writeStartObject();
                g.writeStringField("GroupId", group);
                g.writeStringField("UserId", account);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void securityGroups(JsonGenerator g) throws IOException {
            for (int v = 0; v < vpcsPerAccount; v++) {
                for (int k = 0; k < 2; k++) {
                    String group = id("sg", v, k);
                    g.writeStartObject();
                    g.writeStringField("Description", k == 0 ? "default VPC security group" : "web");
                    g.writeStringField("GroupName", k == 0 ? "default" : "web");
                    g.writeArrayFieldStart("IpPermissions");
                    if (k == 0) {
                        permission(g, "-1", -1, -1, null, group);
                    } else {
                        permission(g, "tcp", 443, 443, "10.0.0.0/8", null);
                        permission(g, "tcp", 22, 22, "192.168.0.0/16", null);
                        permission(g, "icmp", 8, -1, "10.0.0.0/8", null);
                    }
                    g.writeEndArray();
                    g.writeStringField("OwnerId", account);
                    g.writeStringField("GroupId", group);
                    g.writeArrayFieldStart("IpPermissionsEgress");
                    permission(g, "-1", -1, -1, "0.0.0.0/0", null);
                    g.writeEndArray();
                    g.writeStringField("VpcId", id("vpc", v, 0));
                    g.writeEndObject();
                }
            }
        }

        private void eni(JsonGenerator g, int v, int s, boolean full) throws IOException {
            g.writeStartObject();
            g.writeObjectFieldStart("Attachment");
            g.writeStringField("AttachmentId", id("eni-attach", v, s));
            g.writeNumberField("DeviceIndex", 0);
            g.writeStringField("Status", "attached");
            if (full) {
                g.writeStringField("InstanceId", id("i", v, s));
                g.writeStringField("InstanceOwnerId", account);
            }
            g.writeEndObject();
            g.writeStringField("Description", "");
            g.writeArrayFieldStart("Groups");
            g.writeStartObject();
            g.writeStringField("GroupName", "web");
            g.writeStringField("GroupId", id("sg", v, 1));
            g.writeEndObject();
            g.writeEndArray();
            g.writeStringField("InterfaceType", "interface");
            g.writeStringField("MacAddress", "02:00:00:00:00:01");
            g.writeStringField("NetworkInterfaceId", id("eni", v, s));
            g.writeStringField("OwnerId", account);
            g.writeStringField("PrivateIpAddress", ip(v, s, 10));
            g.writeArrayFieldStart("PrivateIpAddresses");
            g.writeStartObject();
            g.writeBooleanField("Primary", true);
            g.writeStringField("PrivateIpAddress", ip(v, s, 10));
            g.writeEndObject();
            g.writeEndArray();
            g.writeBooleanField("SourceDestCheck", true);
            g.writeStringField("Status", "in-use");
            g.writeStringField("SubnetId", id("subnet", v, s));
            g.writeStringField("VpcId", id("vpc", v, 0));
            g.writeEndObject();
        }

        private void reservations(JsonGenerator g) throws IOException {
            for (int v = 0; v < vpcsPerAccount; v++) {
                for (int s = 0; s < subnetsPerVpc; s++) {
                    g.writeStartObject();
                    g.writeArrayFieldStart("Groups");
                    g.writeEndArray();
                    g.writeArrayFieldStart("Instances");
                    g.writeStartObject();
                    g.writeNumberField("AmiLaunchIndex", 0);
                    g.writeStringField("ImageId", "ami-0abcdef1234567890");
                    g.writeStringField("InstanceId", id("i", v, s));
                    g.writeStringField("InstanceType", "t3.micro");
                    g.writeStringField("LaunchTime", "2024-05-01T10:00:00+00:00");
                    g.writeObjectFieldStart("Placement");
                    g.writeStringField("AvailabilityZone", ZONES[s % 3]);
                    g.writeStringField("Tenancy", "default");
                    g.writeEndObject();
                    g.writeStringField("PrivateDnsName", "ip-" + ip(v, s, 10).replace('.', '-') + ".ec2.internal");
                    g.writeStringField("PrivateIpAddress", ip(v, s, 10));
                    g.writeObjectFieldStart("State");
                    g.writeNumberField("Code", 16);
                    g.writeStringField("Name", "running");
                    g.writeEndObject();
                    g.writeStringField("SubnetId", id("subnet", v, s));
                    g.writeStringField("VpcId", id("vpc", v, 0));
                    g.writeStringField("Architecture", "x86_64");
                    g.writeArrayFieldStart("NetworkInterfaces");
                    eni(g, v, s, false);
                    g.writeEndArray();
                    g.writeArrayFieldStart("SecurityGroups");
                    g.writeStartObject();
                    g.writeStringField("GroupName", "web");
                    g.writeStringField("GroupId", id("sg", v, 1));
                    g.writeEndObject();
                    g.writeEndArray();
                    g.writeBooleanField("SourceDestCheck", true);
                    tags(g, "app-" + v + "-" + s);
                    g.writeEndObject();
                    g.writeEndArray();
                    g.writeStringField("OwnerId", account);
                    g.writeStringField("ReservationId", id("r", v, s));
                    g.writeEndObject();
                }
            }
        }

        private void networkInterfaces(JsonGenerator g) throws IOException {
            for (int v = 0; v < vpcsPerAccount; v++) {
                for (int s = 0; s < subnetsPerVpc; s++) {
                    eni(g, v, s, true);
                }
                g.writeStartObject();
                g.writeStringField("Description", "Interface for NAT Gateway " + id("nat", v, 0));
                g.writeStringField("InterfaceType", "nat_gateway");
                g.writeStringField("NetworkInterfaceId", id("eni", v, 900));
                g.writeStringField("PrivateIpAddress", ip(v, 0, 200));
                g.writeStringField("SubnetId", id("subnet", v, 0));
                g.writeStringField("VpcId", id("vpc", v, 0));
                g.writeEndObject();
                g.writeStartObject();
                g.writeStringField("Description", "VPC Endpoint Interface " + id("vpce", v, 0));
                g.writeStringField("InterfaceType", "vpc_endpoint");
                g.writeStringField("NetworkInterfaceId", id("eni", v, 901));
                g.writeStringField("PrivateIpAddress", ip(v, Math.min(1, subnetsPerVpc - 1), 201));
                g.writeStringField("SubnetId", id("subnet", v, Math.min(1, subnetsPerVpc - 1)));
                g.writeArrayFieldStart("Groups");
                g.writeStartObject();
                g.writeStringField("GroupId", id("sg", v, 1));
                g.writeEndObject();
                g.writeEndArray();
                g.writeStringField("VpcId", id("vpc", v, 0));
                g.writeEndObject();
            }
        }

        private void internetGateways(JsonGenerator g) throws IOException {
            for (int v = 0; v < vpcsPerAccount; v++) {
                g.writeStartObject();
                g.writeArrayFieldStart("Attachments");
                g.writeStartObject();
                g.writeStringField("State", "available");
                g.writeStringField("VpcId", id("vpc", v, 0));
                g.writeEndObject();
                g.writeEndArray();
                g.writeStringField("InternetGatewayId", id("igw", v, 0));
                g.writeStringField("OwnerId", account);
                tags(g, "igw-" + v);
                g.writeEndObject();
            }
        }

        private void natGateways(JsonGenerator g) throws IOException {
            for (int v = 0; v < vpcsPerAccount; v++) {
                g.writeStartObject();
                g.writeStringField("CreateTime", "2024-05-01T10:00:00+00:00");
                g.writeArrayFieldStart("NatGatewayAddresses");
                g.writeStartObject();
                g.writeStringField("AllocationId", id("eipalloc", v, 0));
                g.writeStringField("NetworkInterfaceId", id("eni", v, 900));
                g.writeStringField("PrivateIp", ip(v, 0, 200));
                g.writeStringField("PublicIp", "198.51.100." + (v % 250));
                g.writeBooleanField("IsPrimary", true);
                g.writeEndObject();
                g.writeEndArray();
                g.writeStringField("NatGatewayId", id("nat", v, 0));
                g.writeStringField("State", "available");
                g.writeStringField("SubnetId", id("subnet", v, 0));
                g.writeStringField("VpcId", id("vpc", v, 0));
                g.writeStringField("ConnectivityType", "public");
                g.writeEndObject();
            }
        }

        private void endpoints(JsonGenerator g) throws IOException {
            for (int v = 0; v < vpcsPerAccount; v++) {
                int s = Math.min(1, subnetsPerVpc - 1);
                g.writeStartObject();
                g.writeStringField("VpcEndpointId", id("vpce", v, 0));
                g.writeStringField("VpcEndpointType", "Interface");
                g.writeStringField("VpcId", id("vpc", v, 0));
                g.writeStringField("ServiceName", "com.amazonaws." + REGION + ".sqs");
                g.writeStringField("State", "available");
                g.writeArrayFieldStart("RouteTableIds");
                g.writeEndArray();
                g.writeArrayFieldStart("SubnetIds");
                g.writeString(id("subnet", v, s));
                g.writeEndArray();
                g.writeArrayFieldStart("Groups");
                g.writeStartObject();
                g.writeStringField("GroupId", id("sg", v, 1));
                g.writeStringField("GroupName", "web");
                g.writeEndObject();
                g.writeEndArray();
                g.writeBooleanField("PrivateDnsEnabled", true);
                g.writeArrayFieldStart("NetworkInterfaceIds");
                g.writeString(id("eni", v, 901));
                g.writeEndArray();
                g.writeStringField("OwnerId", account);
                g.writeEndObject();
            }
        }

        private void transitGateways(JsonGenerator g) throws IOException {
            g.writeStartObject();
            g.writeStringField("TransitGatewayId", tgw());
            g.writeStringField("TransitGatewayArn", "arn:aws:ec2:" + REGION + ":" + account + ":transit-gateway/" + tgw());
            g.writeStringField("State", "available");
            g.writeStringField("OwnerId", account);
            g.writeObjectFieldStart("Options");
            g.writeNumberField("AmazonSideAsn", 64512);
            g.writeStringField("DefaultRouteTableAssociation", "enable");
            g.writeStringField("AssociationDefaultRouteTableId", id("tgw-rtb", 0, 0));
            g.writeStringField("DefaultRouteTablePropagation", "enable");
            g.writeStringField("PropagationDefaultRouteTableId", id("tgw-rtb", 0, 0));
            g.writeEndObject();
            g.writeEndObject();
        }

        private void tgwAttachments(JsonGenerator g) throws IOException {
            for (int v = 0; v < vpcsPerAccount; v++) {
                g.writeStartObject();
                g.writeStringField("TransitGatewayAttachmentId", id("tgw-attach", v, 0));
                g.writeStringField("TransitGatewayId", tgw());
                g.writeStringField("ResourceType", "vpc");
                g.writeStringField("ResourceId", id("vpc", v, 0));
                g.writeStringField("State", "available");
                g.writeObjectFieldStart("Association");
                g.writeStringField("TransitGatewayRouteTableId", id("tgw-rtb", 0, 0));
                g.writeStringField("State", "associated");
                g.writeEndObject();
                g.writeEndObject();
            }
        }

        private void tgwVpcAttachments(JsonGenerator g) throws IOException {
            for (int v = 0; v < vpcsPerAccount; v++) {
                g.writeStartObject();
                g.writeStringField("TransitGatewayAttachmentId", id("tgw-attach", v, 0));
                g.writeStringField("TransitGatewayId", tgw());
                g.writeStringField("VpcId", id("vpc", v, 0));
                g.writeArrayFieldStart("SubnetIds");
                for (int s = 0; s < Math.min(3, subnetsPerVpc); s++) {
                    g.writeString(id("subnet", v, s));
                }
                g.writeEndArray();
                g.writeStringField("State", "available");
                g.writeEndObject();
            }
        }

        private void tgwPropagations(JsonGenerator g) throws IOException {
            g.writeStartObject();
            g.writeStringField("TransitGatewayRouteTableId", id("tgw-rtb", 0, 0));
            g.writeArrayFieldStart("TransitGatewayRouteTablePropagations");
            for (int v = 0; v < vpcsPerAccount; v++) {
                g.writeStartObject();
                g.writeStringField("TransitGatewayAttachmentId", id("tgw-attach", v, 0));
                g.writeStringField("ResourceId", id("vpc", v, 0));
                g.writeStringField("ResourceType", "vpc");
                g.writeStringField("State", "enabled");
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        /** Writes {@code {"<key>": [ ...items... ]}} as the AWS CLI prints it. */
        private void file(String key, Items items) throws IOException {
            try (Writer w = Files.newBufferedWriter(dir.resolve(key + ".json")); JsonGenerator g = factory.createGenerator(w)) {
                g.setPrettyPrinter(new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE));
                g.writeStartObject();
                g.writeArrayFieldStart(key);
                items.write(g);
                g.writeEndArray();
                g.writeEndObject();
            }
        }
    }

    @FunctionalInterface
    private interface Items {
        void write(JsonGenerator g) throws IOException;
    }
}
