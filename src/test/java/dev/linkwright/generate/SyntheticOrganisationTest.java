package dev.linkwright.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkwright.analysis.ReachabilityAnalyzer;
import dev.linkwright.analysis.ReachabilityQuery;
import dev.linkwright.analysis.Trace;
import dev.linkwright.io.DesignFiles;
import dev.linkwright.model.Design;
import dev.linkwright.model.Instance;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Vpc;
import dev.linkwright.testing.CliResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic organisation is as big as its scale says, deterministic, valid to read back and analysable. */
class SyntheticOrganisationTest {

    private static final Scale SMALL = new Scale(4, 5, 4, 2, 2, 6, 3, 4, true, 7);

    @Test
    void hasTheSizeItsScaleSays() {
        Design d = SyntheticOrganisation.generate(SMALL);
        assertThat(d.topology().all(Vpc.class)).hasSize(20);
        assertThat(d.topology().all(Subnet.class)).hasSize(80);
        assertThat(d.topology().all(Instance.class)).hasSize(160);
        assertThat(d.topology().all(PeeringConnection.class)).hasSize(6);
        assertThat(d.topology().all(InterfaceEndpoint.class)).hasSize(12);
    }

    @Test
    void sameScaleGivesTheSameOrganisation() {
        assertThat(SyntheticOrganisation.generate(SMALL).topology().sameContentAs(SyntheticOrganisation.generate(SMALL).topology())).isTrue();
    }

    @Test
    void itsPathsWork() {
        Design d = SyntheticOrganisation.generate(SMALL);
        ReachabilityAnalyzer a = new ReachabilityAnalyzer(d.topology());
        Trace hub = a.analyze(ReachabilityQuery.from(SyntheticOrganisation.instanceId(0, 2, 0)).to(SyntheticOrganisation.instanceId(2, 3, 1))
                .tcp(443).build());
        assertThat(hub.isReachable()).as(hub.blockedAt() == null ? "" : hub.blockedAt().message()).isTrue();
        assertThat(hub.forwardIds()).extracting(Object::toString).contains("tgw-us-east-1");
        Trace onPrem = a.analyze(ReachabilityQuery.from("corp-h1").to(SyntheticOrganisation.instanceId(3, 1, 0)).tcp(22).build());
        assertThat(onPrem.isReachable()).as(onPrem.blockedAt() == null ? "" : onPrem.blockedAt().message()).isTrue();
        InterfaceEndpoint ep = d.topology().all(InterfaceEndpoint.class).get(0);
        int consumer = Integer.parseInt(ep.parent().value().substring(4));
        Trace privateLink = a.analyze(ReachabilityQuery.from(SyntheticOrganisation.instanceId(consumer, 2, 0)).to(ep.id().value()).tcp(443)
                .build());
        assertThat(privateLink.isReachable()).as(privateLink.blockedAt() == null ? "" : privateLink.blockedAt().message()).isTrue();
        assertThat(privateLink.forwardIds()).extracting(Object::toString).contains(ep.id().value(), "vpce-svc-000");
    }

    @Test
    void scaleRejectsImpossibleSizes() {
        assertThatThrownBy(() -> new Scale(0, 1, 4, 1, 1, 0, 0, 0, false, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Scale(1000, 10, 4, 1, 1, 0, 0, 0, false, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Scale.full().times(0.1).vpcs()).isEqualTo(100);
    }

    @Test
    void generateCommandWritesADesignThatReadsBack(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("org.json");
        CliResult r = CliResult.run("generate", "--accounts", "3", "--vpcs-per-account", "2", "--peerings", "2", "--endpoint-services", "1",
                "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(DesignFiles.load(out).topology().all(Vpc.class)).hasSize(6);
        assertThat(CliResult.run("generate", "--regions", "9", "-o", out.toString()).exitCode()).isEqualTo(2);
    }
}
