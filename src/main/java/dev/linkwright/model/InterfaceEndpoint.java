package dev.linkwright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An interface VPC endpoint (AWS PrivateLink, consumer side): one network interface per subnet (at
 * most one subnet per AZ), security groups on those interfaces, and the service it connects to:
 * either an endpoint service of the design ({@code service}) or a service named by
 * {@code serviceName} (an AWS service such as {@code com.amazonaws.us-east-1.sqs}).
 *
 * <p>{@code serviceRegion} is null for a same-Region endpoint. {@code requesterPrincipal} is the
 * principal that created it, null for the owning account's root.
 */
public record InterfaceEndpoint(ElementId id, String name, ElementId parent, ElementId service, String serviceName,
                                String serviceRegion, List<EndpointInterface> interfaces,
                                List<ElementId> securityGroups, IpAddressType ipAddressType, boolean privateDns,
                                EndpointState state, String requesterPrincipal, String policy) implements Element {

    public InterfaceEndpoint {
        name = Lists.text(name);
        serviceName = serviceName == null || serviceName.isEmpty() ? null : serviceName;
        serviceRegion = serviceRegion == null || serviceRegion.isEmpty() ? null : serviceRegion;
        interfaces = Lists.copy(interfaces);
        securityGroups = Lists.copy(securityGroups);
        ipAddressType = ipAddressType == null ? IpAddressType.IPV4 : ipAddressType;
        state = state == null ? EndpointState.AVAILABLE : state;
        requesterPrincipal = requesterPrincipal == null || requesterPrincipal.isEmpty() ? null : requesterPrincipal;
        policy = policy == null || policy.isEmpty() ? null : policy;
        if (service == null && serviceName == null) {
            throw new IllegalArgumentException("an interface endpoint needs a service (an endpoint service id or a service name)");
        }
    }

    @Override
    public ElementKind kind() {
        return ElementKind.INTERFACE_ENDPOINT;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        if (service != null) {
            refs.add(Reference.to("service", service));
        }
        for (EndpointInterface i : interfaces) {
            refs.add(Reference.to("subnet", i.subnet()));
        }
        for (ElementId sg : securityGroups) {
            refs.add(Reference.to("securityGroup", sg));
        }
        return refs;
    }

    @Override
    public List<ElementId> nestedIds() {
        List<ElementId> ids = new ArrayList<>();
        for (EndpointInterface i : interfaces) {
            if (i.eniId() != null) {
                ids.add(i.eniId());
            }
        }
        return ids;
    }
}
