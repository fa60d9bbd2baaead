package dev.linkwright.diagram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.DesignReader;
import dev.linkwright.model.Design;
import java.nio.charset.StandardCharsets;

/**
 * Generated designs for scale tests: accounts with a transit gateway attaching every VPC, peering
 * between neighbouring VPCs, and subnets full of instances.
 */
public final class LargeDesigns {

    private LargeDesigns() {
    }

    /**
     * A design with {@code accounts} accounts of {@code vpcs} VPCs, each with {@code azs} AZs of
     * {@code subnetsPerAz} subnets holding {@code instancesPerSubnet} instances.
     * {@code hubAndSpoke(4, 12, 3, 2, 5)} has a little over 2,100 elements.
     */
    public static Design hubAndSpoke(int accounts, int vpcs, int azs, int subnetsPerAz, int instancesPerSubnet) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("format", "linkwright-design");
        root.put("formatVersion", 1);
        root.put("title", "Generated hub and spoke");
        ArrayNode accountList = root.putArray("accounts");
        for (int a = 0; a < accounts; a++) {
            ObjectNode account = accountList.addObject();
            account.put("id", String.format("%012d", 100000000000L + a));
            account.put("name", "Account " + a);
            ObjectNode region = account.putArray("regions").addObject();
            region.put("code", "us-east-1");
            ArrayNode vpcList = region.putArray("vpcs");
            ObjectNode tgw = region.putArray("transitGateways").addObject();
            String tgwId = "tgw-" + a;
            tgw.put("id", tgwId);
            ArrayNode attachments = tgw.putArray("attachments");
            ArrayNode peerings = region.putArray("peeringConnections");
            for (int v = 0; v < vpcs; v++) {
                int octet = a * 32 + v;
                String vpcId = "vpc-" + a + "-" + v;
                ObjectNode vpc = vpcList.addObject();
                vpc.put("id", vpcId);
                vpc.put("name", "VPC " + a + "." + v);
                vpc.putArray("cidrs").add("10." + octet + ".0.0/16");
                ArrayNode azList = vpc.putArray("availabilityZones");
                for (int z = 0; z < azs; z++) {
                    ObjectNode az = azList.addObject();
                    az.put("zone", "us-east-1" + (char) ('a' + z));
                    ArrayNode subnets = az.putArray("subnets");
                    for (int s = 0; s < subnetsPerAz; s++) {
                        int third = z * 16 + s;
                        ObjectNode subnet = subnets.addObject();
                        String subnetId = "subnet-" + a + "-" + v + "-" + z + "-" + s;
                        subnet.put("id", subnetId);
                        subnet.put("cidr", "10." + octet + "." + third + ".0/24");
                        ArrayNode instances = subnet.putArray("instances");
                        for (int i = 0; i < instancesPerSubnet; i++) {
                            ObjectNode inst = instances.addObject();
                            inst.put("id", "i-" + a + "-" + v + "-" + z + "-" + s + "-" + i);
                            inst.put("privateIp", "10." + octet + "." + third + "." + (10 + i));
                            inst.putArray("securityGroups").add("sg-" + a + "-" + v);
                        }
                    }
                }
                ObjectNode rt = vpc.putArray("routeTables").addObject();
                rt.put("id", "rtb-" + a + "-" + v);
                rt.put("main", true);
                ObjectNode route = rt.putArray("routes").addObject();
                route.put("destination", "10.0.0.0/8");
                route.put("target", tgwId);
                ObjectNode sg = vpc.putArray("securityGroups").addObject();
                sg.put("id", "sg-" + a + "-" + v);
                ObjectNode att = attachments.addObject();
                att.put("id", "tgw-att-" + a + "-" + v);
                att.put("type", "vpc");
                att.put("resource", vpcId);
                att.putArray("subnets").add("subnet-" + a + "-" + v + "-0-0");
                if (v > 0) {
                    ObjectNode pcx = peerings.addObject();
                    pcx.put("id", "pcx-" + a + "-" + v);
                    pcx.put("requesterVpc", "vpc-" + a + "-" + (v - 1));
                    pcx.put("accepterVpc", vpcId);
                    pcx.put("state", "active");
                }
            }
        }
        try {
            return new DesignReader().read(json.writeValueAsString(root).getBytes(StandardCharsets.UTF_8), "generated.json");
        } catch (DesignFormatException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
