package dev.linkwright.analysis;

import dev.linkwright.model.AwsService;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.model.Ipv4Address;

/** Where a packet can start or end a leg: an interface, an on-premises network, the internet, an AWS service. */
sealed interface Position permits Position.AtIface, Position.AtOnPrem, Position.AtInternet, Position.AtService {

    /** An interface inside a subnet. */
    record AtIface(Iface iface) implements Position {
    }

    /** An on-premises network; {@code host} is the modelled host at the address, or null. */
    record AtOnPrem(OnPremFacts network, ElementId host) implements Position {
    }

    /** The internet: a modelled internet host, or the internet at large ({@code host} null). */
    record AtInternet(ElementId host, Ipv4Address address) implements Position {
    }

    /**
     * An AWS service's public address (S3, DynamoDB, ...), reached through a gateway endpoint of
     * {@code vpc} or (gateway null) over the internet.
     */
    record AtService(AwsService service, ElementId id, GatewayEndpoint gateway, VpcFacts vpc) implements Position {
    }
}
