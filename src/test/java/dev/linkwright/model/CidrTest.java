package dev.linkwright.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CidrTest {

    @Test
    void parsesABlockAndKnowsItsSize() {
        Cidr c = Cidr.parse("10.0.0.0/16");
        assertThat(c.prefixLength()).isEqualTo(16);
        assertThat(c.size()).isEqualTo(65_536);
        assertThat(c.network()).isEqualTo(Ipv4Address.parse("10.0.0.0"));
        assertThat(c.last()).isEqualTo(Ipv4Address.parse("10.0.255.255"));
    }

    @Test
    void aBareAddressIsAHostBlock() {
        assertThat(Cidr.parse("192.168.1.7")).isEqualTo(new Cidr(Ipv4Address.parse("192.168.1.7"), 32));
    }

    @Test
    void hostBitsAreKeptButCanBeCanonicalised() {
        Cidr written = Cidr.parse("100.68.0.18/18");
        assertThat(written.isCanonical()).isFalse();
        assertThat(written.canonical()).hasToString("100.68.0.0/18");
        assertThat(written).hasToString("100.68.0.18/18");
    }

    @Test
    void containmentAndOverlapUseTheNetwork() {
        Cidr vpc = Cidr.parse("10.0.0.0/16");
        assertThat(vpc.contains(Cidr.parse("10.0.1.0/24"))).isTrue();
        assertThat(vpc.contains(Cidr.parse("10.1.0.0/24"))).isFalse();
        assertThat(Cidr.parse("10.0.1.0/24").contains(vpc)).isFalse();
        assertThat(vpc.overlaps(Cidr.parse("10.0.128.0/17"))).isTrue();
        assertThat(Cidr.parse("10.0.128.0/17").overlaps(vpc)).isTrue();
        assertThat(vpc.overlaps(Cidr.parse("10.5.0.0/16"))).isFalse();
        assertThat(Cidr.ANY.contains(Ipv4Address.parse("203.0.113.9"))).isTrue();
    }

    @Test
    void badBlocksAreRefusedWithTheReason() {
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).hasMessageContaining("/33 is above /32");
        assertThatThrownBy(() -> Cidr.parse("10.0.0/16")).hasMessageContaining("not a CIDR block");
        assertThatThrownBy(() -> Cidr.parse("256.0.0.0/8")).hasMessageContaining("not a CIDR block");
        assertThatThrownBy(() -> Cidr.parse("")).hasMessageContaining("required");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/-1")).hasMessageContaining("not a CIDR block");
    }

    @Test
    void addressesParseAndPrint() {
        assertThat(Ipv4Address.parse("255.255.255.255").unsigned()).isEqualTo(4_294_967_295L);
        assertThat(Ipv4Address.parse("10.0.1.10").plus(5)).hasToString("10.0.1.15");
        assertThatThrownBy(() -> Ipv4Address.parse("10.0.1")).hasMessageContaining("not an IPv4 address");
        assertThatThrownBy(() -> Ipv4Address.parse("10.0.1.999")).hasMessageContaining("999 is above 255");
        assertThat(Ipv4Address.parse("10.0.0.1").compareTo(Ipv4Address.parse("200.0.0.1"))).isNegative();
    }

    @Test
    void portRangesParseSinglePortsRangesAndAll() {
        assertThat(PortRange.parse("443")).isEqualTo(PortRange.single(443));
        assertThat(PortRange.parse("1024-65535").contains(40000)).isTrue();
        assertThat(PortRange.parse("all").isAll()).isTrue();
        assertThat(PortRange.parse("1024-65535").intersect(PortRange.parse("32768-61000"))).isEqualTo(new PortRange(32768, 61000));
        assertThatThrownBy(() -> PortRange.parse("70000")).hasMessageContaining("above 65535");
        assertThatThrownBy(() -> PortRange.parse("9-3")).hasMessageContaining("from <= to");
    }

    @Test
    void protocolsParseByNameAndNumber() {
        assertThat(Protocol.parse("TCP")).isEqualTo(Protocol.TCP);
        assertThat(Protocol.parse("17")).isEqualTo(Protocol.UDP);
        assertThat(Protocol.parse("-1")).isEqualTo(Protocol.ALL);
        assertThat(Protocol.ALL.matches(Protocol.ICMP)).isTrue();
        assertThatThrownBy(() -> Protocol.parse("sctp")).hasMessageContaining("expected tcp, udp, icmp or all");
    }

    @Test
    void ipv6BlocksCompare() {
        Ipv6Cidr vpc = Ipv6Cidr.parse("2600:1f18:1234:5600::/56");
        assertThat(vpc.contains(Ipv6Cidr.parse("2600:1f18:1234:5601::/64"))).isTrue();
        assertThat(vpc.overlaps(Ipv6Cidr.parse("2600:1f18:1234:5700::/64"))).isFalse();
        assertThatThrownBy(() -> Ipv6Cidr.parse("10.0.0.0/16")).hasMessageContaining("not an IPv6");
    }

    @Test
    void enumSpellingsAreForgiving() {
        assertThat(EndpointState.parse("pendingAcceptance")).isEqualTo(EndpointState.PENDING_ACCEPTANCE);
        assertThat(PeeringState.parse("pending-acceptance")).isEqualTo(PeeringState.PENDING_ACCEPTANCE);
        assertThatThrownBy(() -> PeeringState.parse("sleeping")).hasMessageContaining("expected one of");
    }
}
