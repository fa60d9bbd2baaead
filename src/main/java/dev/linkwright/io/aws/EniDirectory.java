package dev.linkwright.io.aws;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.Ipv4Address;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every network interface the snapshot describes ({@code NetworkInterfaces}, and the interfaces
 * embedded in {@code Reservations}), with what owns it. The owner decides how an interface is
 * modelled: as an instance's primary or secondary interface, a NAT gateway's or load balancer
 * node's address, an interface endpoint's ENI, part of a transit gateway attachment, or a
 * standalone {@code NetworkInterface}.
 */
final class EniDirectory {

    /** What an interface belongs to, from its attachment, interface type and description. */
    enum Owner { INSTANCE, NAT_GATEWAY, LOAD_BALANCER, VPC_ENDPOINT, TRANSIT_GATEWAY, STANDALONE }

    /** One interface as the snapshot describes it. */
    record Eni(ElementId id, AwsNode node, ElementId subnet, Ipv4Address privateIp, List<Ipv4Address> secondaryIps,
               Ipv4Address publicIp, List<ElementId> groups, Boolean sourceDestCheck, String description, Owner owner,
               String ownerId, Integer deviceIndex, boolean listed) {
    }

    private final Map<String, Eni> byId = new LinkedHashMap<>();
    private final Map<String, List<Eni>> byInstance = new HashMap<>();

    /**
     * Adds an interface: from {@code NetworkInterfaces} ({@code instanceHint} null), or embedded in
     * the instance {@code instanceHint}. The first description of an id wins.
     */
    void add(AwsNode node, String instanceHint) {
        Eni eni = read(node, instanceHint);
        if (byId.putIfAbsent(eni.id().value(), eni) == null && eni.owner() == Owner.INSTANCE) {
            byInstance.computeIfAbsent(eni.ownerId(), k -> new ArrayList<>()).add(eni);
        }
    }

    Eni get(String id) {
        return id == null ? null : byId.get(id);
    }

    Iterable<Eni> all() {
        return byId.values();
    }

    /** The interfaces attached to {@code instance}, primary (device index 0) first. */
    List<Eni> ofInstance(String instance) {
        List<Eni> list = new ArrayList<>(byInstance.getOrDefault(instance, List.of()));
        list.sort((a, b) -> Integer.compare(a.deviceIndex() == null ? 99 : a.deviceIndex(), b.deviceIndex() == null ? 99 : b.deviceIndex()));
        return list;
    }

    /** The interfaces of a load balancer, by its element id ({@code net/name/hash}). */
    List<Eni> ofOwner(Owner owner, String ownerId) {
        List<Eni> list = new ArrayList<>();
        for (Eni e : byId.values()) {
            if (e.owner() == owner && ownerId.equals(e.ownerId())) {
                list.add(e);
            }
        }
        return list;
    }

    private static Eni read(AwsNode n, String instanceHint) {
        ElementId id = n.id("NetworkInterfaceId");
        AwsNode attachment = n.child("Attachment");
        String instance = attachment == null ? null : attachment.optText("InstanceId");
        if (instance == null) {
            instance = instanceHint;
        }
        Integer device = attachment == null || attachment.optLong("DeviceIndex", 0, 1000) == null ? null
                : attachment.optLong("DeviceIndex", 0, 1000).intValue();
        String description = n.optText("Description");
        String type = n.optText("InterfaceType");
        Owner owner = ownerOf(instance, type == null ? "" : type.toLowerCase(Locale.ROOT), description == null ? "" : description);
        String ownerId = owner == Owner.INSTANCE ? instance : ownerIdIn(owner, description == null ? "" : description);
        Ipv4Address primary = n.optIp("PrivateIpAddress");
        Ipv4Address publicIp = publicIpOf(n.child("Association"));
        List<Ipv4Address> secondary = new ArrayList<>();
        for (AwsNode a : n.items("PrivateIpAddresses")) {
            Ipv4Address ip = a.optIp("PrivateIpAddress");
            if (ip == null) {
                continue;
            }
            if (a.bool("Primary", false) || ip.equals(primary)) {
                if (primary == null) {
                    primary = ip;
                }
                if (publicIp == null) {
                    publicIp = publicIpOf(a.child("Association"));
                }
            } else {
                secondary.add(ip);
            }
        }
        List<ElementId> groups = new ArrayList<>();
        for (AwsNode g : n.items("Groups")) {
            ElementId gid = g.optId("GroupId");
            if (gid != null) {
                groups.add(gid);
            }
        }
        return new Eni(id, n, n.optId("SubnetId"), primary, secondary, publicIp, groups, n.optBool("SourceDestCheck"),
                description == null ? "" : description, owner, ownerId, device, instanceHint == null);
    }

    private static Ipv4Address publicIpOf(AwsNode association) {
        return association == null ? null : association.optIp("PublicIp");
    }

    private static Owner ownerOf(String instance, String type, String description) {
        if (instance != null) {
            return Owner.INSTANCE;
        }
        if (type.equals("nat_gateway") || description.startsWith("Interface for NAT Gateway ")) {
            return Owner.NAT_GATEWAY;
        }
        if (type.contains("load_balancer") && !type.endsWith("_endpoint") || description.startsWith("ELB ")) {
            return Owner.LOAD_BALANCER;
        }
        if (type.equals("vpc_endpoint") || type.equals("gateway_load_balancer_endpoint")
                || description.startsWith("VPC Endpoint Interface ")) {
            return Owner.VPC_ENDPOINT;
        }
        if (type.equals("transit_gateway") || description.startsWith("Network Interface for Transit Gateway Attachment ")) {
            return Owner.TRANSIT_GATEWAY;
        }
        return Owner.STANDALONE;
    }

    /** The owner's id in an AWS-written description ("ELB net/my-nlb/abc" gives "net/my-nlb/abc"). */
    private static String ownerIdIn(Owner owner, String description) {
        switch (owner) {
            case LOAD_BALANCER:
                return description.startsWith("ELB ") ? description.substring(4).trim() : null;
            case NAT_GATEWAY:
            case VPC_ENDPOINT:
            case TRANSIT_GATEWAY: {
                String[] words = description.trim().split("\\s+");
                return words.length == 0 ? null : words[words.length - 1];
            }
            default:
                return null;
        }
    }
}
