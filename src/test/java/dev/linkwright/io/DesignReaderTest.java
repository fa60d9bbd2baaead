package dev.linkwright.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.Subnet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DesignReaderTest {

    static final Path SAMPLE = Path.of("samples/privatelink-basic.json");

    static String sample() throws Exception {
        return Files.readString(SAMPLE);
    }

    static DesignFormatException failure(String text) {
        return catchThrowableOfType(DesignFormatException.class,
                () -> new DesignReader().read(text.getBytes(StandardCharsets.UTF_8), "broken.json"));
    }

    @Test
    void readsTheClassicPrivateLinkSample() throws Exception {
        Design d = new DesignReader().read(SAMPLE);
        assertThat(d.title()).isEqualTo("PrivateLink: the classic picture");
        InterfaceEndpoint endpoint = d.topology().find(ElementId.of("vpce-a"), InterfaceEndpoint.class).orElseThrow();
        assertThat(endpoint.service()).isEqualTo(ElementId.of("vpce-svc-1234"));
        assertThat(d.topology().owner(ElementId.of("eni-vpce-a"))).contains(endpoint);
        SecurityGroup client = d.topology().find(ElementId.of("sg-client"), SecurityGroup.class).orElseThrow();
        assertThat(client.ingress()).isEmpty();
        assertThat(client.egress()).singleElement().satisfies(r -> assertThat(r.cidr()).isEqualTo(Cidr.ANY));
        assertThat(d.topology().contains(ElementId.of("111111111111/us-east-1"))).isTrue();
        assertThat(d.topology().contains(ElementId.of("vpc-a/us-east-1a"))).isTrue();
    }

    @Test
    void aTruncatedFileNamesTheLineWhereItEnds() throws Exception {
        DesignFormatException e = failure(sample().substring(0, 300));
        assertThat(e.getMessage()).startsWith("broken.json:").contains("not valid JSON");
        assertThat(e.problems().get(0).line()).isPositive();
    }

    @Test
    void aBadCidrNamesItsJsonPathAndPosition() throws Exception {
        DesignFormatException e = failure(sample().replace("\"10.0.1.0/24\"", "\"10.0.1.0/33\""));
        FormatProblem p = e.problems().get(0);
        assertThat(p.path()).isEqualTo("$.accounts[0].regions[0].vpcs[0].availabilityZones[0].subnets[0].cidr");
        assertThat(p.line()).isEqualTo(26);
        assertThat(p.message()).contains("'10.0.1.0/33' is not a CIDR block");
        assertThat(e.problems()).hasSize(1);
    }

    @Test
    void aDanglingReferenceSaysWhatWasExpected() throws Exception {
        DesignFormatException e = failure(sample().replace("\"routeTable\": \"rtb-b\"", "\"routeTable\": \"rtb-x\""));
        assertThat(e.getMessage()).contains("'rtb-x' does not name any element of the design (expected a route table)");
    }

    @Test
    void aReferenceToTheWrongKindIsRefused() throws Exception {
        DesignFormatException e = failure(sample().replace("\"securityGroups\": [\"sg-endpoint\"]", "\"securityGroups\": [\"subnet-a\"]"));
        assertThat(e.getMessage()).contains("'subnet-a' is a subnet; expected a security group");
    }

    @Test
    void aDuplicateIdPointsAtTheFirstUse() throws Exception {
        DesignFormatException e = failure(sample().replace("\"id\": \"instance-b2\"", "\"id\": \"instance-b1\""));
        assertThat(e.getMessage()).contains("duplicate id 'instance-b1': already used at $.accounts[1]");
    }

    @Test
    void anUnknownFieldIsReportedWithItsPlace() throws Exception {
        DesignFormatException e = failure(sample().replace("\"main\": true}", "\"main\": true, \"colour\": \"red\"}"));
        assertThat(e.getMessage()).contains("unknown field 'colour'").contains("routeTables[0]");
    }

    @Test
    void anUnknownElementKindIsReported() throws Exception {
        DesignFormatException e = failure(sample().replace("\"interfaceEndpoints\"", "\"interfaceEndpointz\""));
        assertThat(e.getMessage()).contains("unknown field 'interfaceEndpointz'");
    }

    @Test
    void aNewerFormatVersionIsRefusedClearly() throws Exception {
        DesignFormatException e = failure(sample().replace("\"formatVersion\": 1", "\"formatVersion\": 9"));
        assertThat(e.getMessage()).contains("format version 9, made by a newer Linkwright; this version reads up to version 1");
    }

    @Test
    void somethingThatIsNotADesignIsRefused() {
        assertThat(failure("[]").getMessage()).contains("expected a JSON object");
        assertThat(failure("").getMessage()).contains("empty");
        assertThat(failure("{\"a\": 1}").getMessage()).contains("missing 'formatVersion'");
        assertThat(failure("{\"formatVersion\": 1e999999}").getMessage()).contains("formatVersion");
    }

    @Test
    void aNewerFormatVersionNamesTheFileAndTheField() throws Exception {
        DesignFormatException e = failure(sample().replace("\"formatVersion\": 1", "\"formatVersion\": 2"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("broken.json");
            assertThat(p.path()).isEqualTo("$.formatVersion");
        });
        assertThat(e.getMessage()).startsWith("broken.json:").contains("formatVersion").contains("newer Linkwright");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.json");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(LocatedJson.MAX_BYTES + 1L); // sparse: takes no disk space
        }
        DesignFormatException e = catchThrowableOfType(DesignFormatException.class, () -> new DesignReader().read(huge));
        assertThat(e.getMessage()).startsWith(huge.toString()).contains("the largest accepted is 64 MB");
    }

    @Test
    void moreElementsThanTheLimitAreRefused() throws Exception {
        DesignReader smallLimit = new DesignReader(FormatMigrations.standard(), DesignReader.FORMAT_VERSION, 5);
        DesignFormatException e = catchThrowableOfType(DesignFormatException.class,
                () -> smallLimit.read(sample().getBytes(StandardCharsets.UTF_8), "big.json"));
        assertThat(e.getMessage()).startsWith("big.json").contains("more than 5 elements, the most accepted");
    }

    @Test
    void deepNestingAndHugeStringsHitLimits() {
        assertThat(failure("[".repeat(10_000) + "]".repeat(10_000)).getMessage()).contains("nests more than 64 levels deep");
        assertThat(failure("{\"title\": \"" + "x".repeat(LocatedJson.MAX_STRING + 10) + "\"}").getMessage()).contains("longer than 1,000,000 characters");
    }

    @Test
    void aSubnetWithoutAnAssociationUsesTheMainTable() throws Exception {
        Design d = new DesignReader().read(sample().replace("\"routeTable\": \"rtb-a\",", "").getBytes(StandardCharsets.UTF_8), "x");
        Subnet s = d.topology().find(ElementId.of("subnet-a"), Subnet.class).orElseThrow();
        assertThat(s.routeTable()).isNull();
        assertThat(dev.linkwright.model.Placement.routeTableOf(d.topology(), s)).map(rt -> rt.id().value()).contains("rtb-a");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws Exception {
        DesignFormatException e = failure(sample().replace("\"10.0.1.0/24\"", "\"10.0.1.0/33\"").replace("\"10.1.1.11\"", "\"10.1.1.999\""));
        assertThat(e.problems()).hasSize(2);
        assertThatThrownBy(() -> { throw e; }).hasMessageContaining("and 1 more problem");
    }
}
