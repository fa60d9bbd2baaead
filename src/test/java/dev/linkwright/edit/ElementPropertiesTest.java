package dev.linkwright.edit;

import static dev.linkwright.edit.EditFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkwright.model.Design;
import dev.linkwright.model.Element;
import dev.linkwright.model.Instance;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.NetworkAclRule;
import dev.linkwright.model.Route;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.SecurityGroupRule;
import dev.linkwright.model.Subnet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inspector's properties: every field of every kind, typed text checked by the model. */
class ElementPropertiesTest {

    private final Design design = EditFixtures.privateLink();

    @Test
    void everyKindOfElementHasLabelledProperties() {
        for (Class<?> type : Element.class.getPermittedSubclasses()) {
            List<ElementProperties.Property> props = ElementProperties.of(type);
            assertThat(props).as(type.getSimpleName()).isNotEmpty();
            assertThat(props).allSatisfy(p -> assertThat(p.label()).isNotBlank().doesNotContain("_"));
            assertThat(props).extracting(ElementProperties.Property::field).doesNotContain("id", "parent");
        }
    }

    @Test
    void aCidrThatDoesNotParseIsRefusedWithTheReason() {
        Subnet subnet = (Subnet) design.topology().get(id("subnet-a"));
        ElementProperties.Property cidr = ElementProperties.get(Subnet.class, "cidr");
        assertThat(cidr.label()).isEqualTo("CIDR block");
        assertThatThrownBy(() -> ElementProperties.withText(subnet, cidr, "10.0.1.0/33"))
                .hasMessage("'10.0.1.0/33' is not a CIDR block (prefix /33 is above /32)");
        Element changed = ElementProperties.withText(subnet, cidr, "10.0.2.0/24");
        assertThat(((Subnet) changed).cidr().toString()).isEqualTo("10.0.2.0/24");
    }

    @Test
    void theModelHasTheLastWordOnAllowedValues() {
        Subnet subnet = (Subnet) design.topology().get(id("subnet-a"));
        assertThatThrownBy(() -> ElementProperties.withText(subnet, ElementProperties.get(Subnet.class, "cidr"), ""))
                .hasMessage("a subnet needs a CIDR block");
    }

    @Test
    void listsEnumsAndReferencesAreTypedAsText() {
        Instance i = (Instance) design.topology().get(id("instance-a"));
        ElementProperties.Property sgs = ElementProperties.get(Instance.class, "securityGroups");
        assertThat(sgs.reference()).isTrue();
        assertThat(sgs.category()).isEqualTo(ElementProperties.Category.CONNECTIONS);
        assertThat(ElementProperties.text(i, sgs)).isEqualTo("sg-client");
        assertThat(ReferenceTargets.candidates(design.topology(), i, Instance.class, "securityGroups"))
                .containsExactly(id("sg-client"), id("sg-endpoint"));
        LoadBalancer lb = (LoadBalancer) design.topology().get(id("nlb-b"));
        ElementProperties.Property scheme = ElementProperties.get(LoadBalancer.class, "scheme");
        assertThat(scheme.choices()).containsExactly("internal", "internet-facing");
        assertThat(((LoadBalancer) ElementProperties.withText(lb, scheme, "internet-facing")).scheme().wire()).isEqualTo("internet-facing");
        assertThatThrownBy(() -> ElementProperties.withText(i, ElementProperties.get(Instance.class, "secondaryIps"), "10.0.1.20, 10.0.1"))
                .hasMessageContaining("is not an IPv4 address");
    }

    @Test
    void ruleTablesReadLikeTheConsole() {
        SecurityGroup sg = (SecurityGroup) design.topology().get(id("sg-endpoint"));
        List<RowTables.Column> cols = RowTables.columns(SecurityGroupRule.class);
        assertThat(cols).extracting(RowTables.Column::header).containsExactly("Protocol", "Ports", "Source / destination", "Description");
        SecurityGroupRule rule = sg.ingress().get(0);
        assertThat(RowTables.text(rule, cols.get(2))).isEqualTo("10.0.0.0/16");
        SecurityGroupRule byGroup = (SecurityGroupRule) RowTables.with(rule, cols.get(2), "sg-client", design.topology());
        assertThat(byGroup.securityGroup()).isEqualTo(id("sg-client"));
        assertThat(byGroup.cidr()).isNull();
        assertThatThrownBy(() -> RowTables.with(rule, cols.get(1), "70000", design.topology())).hasMessageContaining("above 65535");
        assertThatThrownBy(() -> RowTables.with(rule, cols.get(2), "instance-a", design.topology()))
                .hasMessage("'instance-a' is an EC2 instance, not a security group or prefix list");
    }

    @Test
    void newRowsStartSensibly() {
        SecurityGroup sg = (SecurityGroup) design.topology().get(id("sg-endpoint"));
        Object in = RowTables.newRow(SecurityGroupRule.class, design.topology(), sg, "ingress", sg.ingress());
        assertThat(((SecurityGroupRule) in).cidr().toString()).isEqualTo("10.0.0.0/16");
        Object acl = RowTables.newRow(NetworkAclRule.class, design.topology(), sg, "ingress",
                List.of(NetworkAclRule.of(100, dev.linkwright.model.RuleAction.ALLOW, dev.linkwright.model.Protocol.ALL, null,
                        dev.linkwright.model.Cidr.ANY)));
        assertThat(((NetworkAclRule) acl).number()).isEqualTo(200);
        Object route = RowTables.newRow(Route.class, design.topology(), design.topology().get(id("rtb-a")), "routes", List.of());
        assertThat(((Route) route).destination().toString()).isEqualTo("0.0.0.0/0");
    }
}
