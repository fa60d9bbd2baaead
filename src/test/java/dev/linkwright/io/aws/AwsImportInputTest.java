package dev.linkwright.io.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkwright.io.DesignFiles;
import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.FormatProblem;
import dev.linkwright.model.Account;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Topology;
import dev.linkwright.model.Vpc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders that are not clean snapshots: broken files, wrong types, odd layouts, limits, cancellation. */
class AwsImportInputTest {

    private static final String VPCS = """
            {
              "Vpcs": [
                {
                  "VpcId": "vpc-1",
                  "CidrBlock": "10.0.0.0/16",
                  "OwnerId": "123456789012"
                }
              ]
            }
            """;

    private static final String SUBNETS = """
            {
              "Subnets": [
                {
                  "SubnetId": "subnet-1",
                  "VpcId": "vpc-1",
                  "CidrBlock": "10.0.1.0/24",
                  "AvailabilityZone": "eu-west-1a",
                  "AvailabilityZoneId": "euw1-az3"
                }
              ]
            }
            """;

    @TempDir
    Path dir;

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    private static FormatProblem onlyProblem(DesignFormatException e) {
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    private DesignFormatException failure() {
        try {
            new AwsSnapshotImporter().importFolder(dir);
        } catch (DesignFormatException e) {
            return e;
        }
        throw new AssertionError("the import should have failed");
    }

    @Test
    void aSmallRegionFolderImportsWithItsAccountRegionAndZoneIds() throws Exception {
        write("aws_configs/eu-west-1/Vpcs.json", VPCS);
        write("aws_configs/eu-west-1/Subnets.json", SUBNETS);
        ImportedSnapshot s = new AwsSnapshotImporter().importFolder(dir);
        Topology t = s.design().topology();
        assertThat(t.find(ElementId.of("123456789012/eu-west-1"))).isPresent();
        assertThat(t.get(ElementId.of("vpc-1")).parent()).isEqualTo(ElementId.of("123456789012/eu-west-1"));
        assertThat(t.get(ElementId.of("subnet-1")).parent()).isEqualTo(ElementId.of("vpc-1/eu-west-1a"));
        assertThat(t.find(ElementId.of("123456789012"), Account.class).orElseThrow().zoneIds()).containsEntry("eu-west-1a", "euw1-az3");
        assertThat(s.report().layout()).isEqualTo("<region>");
        assertThat(s.design().layout().isEmpty()).as("no layout: the app lays it out").isTrue();
    }

    @Test
    void kindsAreRecognisedByTheirTopLevelKeyNotTheFileName() throws Exception {
        write("aws_configs/a.json", VPCS);
        write("aws_configs/b.json", SUBNETS);
        write("aws_configs/Subnets.json", "{\"SomethingElse\": []}");
        ImportedSnapshot s = new AwsSnapshotImporter().importFolder(dir);
        assertThat(s.design().topology().find(ElementId.of("subnet-1"), Subnet.class)).isPresent();
        assertThat(s.report().skippedFiles()).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("unknown kind 'SomethingElse'"));
    }

    @Test
    void directConnectCamelCaseIsReadLikeEc2PascalCase() throws Exception {
        write("aws_configs/accounts/123456789012/us-east-1/dx.json", """
                {"directConnectGateways": [{"directConnectGatewayId": "dxgw-1", "directConnectGatewayName": "corp",
                  "amazonSideAsn": 64512, "ownerAccount": "123456789012"}],
                 "connections": [{"connectionId": "dxcon-1", "connectionName": "link", "connectionState": "available",
                  "location": "EqDC2", "bandwidth": "10Gbps"}]}
                """);
        write("aws_configs/accounts/123456789012/us-east-1/vif.json", """
                {"virtualInterfaces": [{"virtualInterfaceId": "dxvif-1", "connectionId": "dxcon-1",
                  "virtualInterfaceType": "private", "directConnectGatewayId": "dxgw-1", "vlan": 7,
                  "virtualInterfaceState": "available"}]}
                """);
        Topology t = new AwsSnapshotImporter().importFolder(dir).design().topology();
        assertThat(t.get(ElementId.of("dxgw-1")).name()).isEqualTo("corp");
        assertThat(t.get(ElementId.of("dxvif-1")).parent()).isEqualTo(ElementId.of("dxcon-1"));
        assertThat(t.get(ElementId.of("dxcon-1")).parent()).isEqualTo(ElementId.of("123456789012"));
    }

    @Test
    void truncatedJsonNamesTheFileAndTheLine() throws Exception {
        write("aws_configs/Vpcs.json", VPCS.substring(0, VPCS.indexOf("\"OwnerId\"")));
        FormatProblem p = onlyProblem(failure());
        assertThat(p.file()).endsWith("Vpcs.json");
        assertThat(p.line()).isGreaterThanOrEqualTo(6);
        assertThat(p.message()).contains("not valid JSON");
    }

    @Test
    void aListThatIsNotAListIsReportedAtItsPlace() throws Exception {
        write("aws_configs/Subnets.json", "{\n  \"Subnets\": {\"SubnetId\": \"subnet-1\"}\n}\n");
        FormatProblem p = onlyProblem(failure());
        assertThat(p.file()).endsWith("Subnets.json");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.path()).isEqualTo("$.Subnets");
        assertThat(p.message()).contains("expected a list");
    }

    @Test
    void aValueOfTheWrongTypeIsReportedWithFileLineAndPath() throws Exception {
        write("aws_configs/Vpcs.json", VPCS);
        write("aws_configs/Subnets.json", SUBNETS.replace("\"10.0.1.0/24\"", "{\"bits\": 24}"));
        FormatProblem p = onlyProblem(failure());
        assertThat(p.file()).endsWith("Subnets.json");
        assertThat(p.path()).isEqualTo("$.Subnets[0].CidrBlock");
        assertThat(p.line()).isEqualTo(6);
        assertThat(p.message()).contains("expected a text value for 'CidrBlock'");
    }

    @Test
    void aBlockThatDoesNotParseIsReportedWithWhatWasExpected() throws Exception {
        write("aws_configs/Vpcs.json", VPCS.replace("10.0.0.0/16", "10.0.0.0/33"));
        FormatProblem p = onlyProblem(failure());
        assertThat(p.describe()).contains("Vpcs.json:5:20:").contains("$.Vpcs[0].CidrBlock").contains("/33");
    }

    @Test
    void aMissingIdIsReportedOnItsObject() throws Exception {
        write("aws_configs/Vpcs.json", VPCS.replace("\"VpcId\": \"vpc-1\",", ""));
        FormatProblem p = onlyProblem(failure());
        assertThat(p.path()).isEqualTo("$.Vpcs[0]");
        assertThat(p.message()).contains("missing 'VpcId'");
    }

    @Test
    void everyBrokenFileIsReportedNotJustTheFirst() throws Exception {
        write("aws_configs/Vpcs.json", "{\"Vpcs\": [");
        write("aws_configs/Subnets.json", "{\"Subnets\": 7}");
        assertThat(failure().problems()).extracting(p -> Path.of(p.file()).getFileName().toString())
                .containsExactlyInAnyOrder("Vpcs.json", "Subnets.json");
    }

    @Test
    void unmodelledKindsEmptyFilesAndOtherFilesAreSkippedWithAReason() throws Exception {
        write("aws_configs/Vpcs.json", VPCS);
        write("aws_configs/RdsInstances.json", "{\"DBInstances\": [{\"DBInstanceIdentifier\": \"db\"}]}");
        write("aws_configs/empty.json", "  \n");
        write("aws_configs/notes.txt", "hello");
        write("aws_configs/list.json", "[1, 2]");
        ImportedSnapshot s = new AwsSnapshotImporter().importFolder(dir);
        assertThat(s.report().skippedFiles()).extracting(ImportReport.SkippedFile::file)
                .containsExactlyInAnyOrder("RdsInstances.json", "empty.json", "notes.txt", "list.json");
        assertThat(s.design().topology().find(ElementId.of("vpc-1"), Vpc.class)).isPresent();
    }

    @Test
    void aFolderWithoutAwsDataIsAnErrorThatSaysWhatWasExpected() throws Exception {
        write("readme.txt", "nothing here");
        assertThat(onlyProblem(failure()).message()).contains("holds no AWS API responses");
        assertThat(AwsSnapshotImporter.isSnapshotFolder(dir)).isFalse();
    }

    @Test
    void nothingOutsideAwsConfigsIsRead() throws Exception {
        write("aws_configs/Vpcs.json", VPCS);
        write("hosts/host1.json", "{\"Vpcs\": 42}");
        assertThat(new AwsSnapshotImporter().importFolder(dir).design().topology().size()).isEqualTo(3);
    }

    @Test
    void theFileCountLimitStopsAHugeFolder() throws Exception {
        for (int i = 0; i < 5; i++) {
            write("aws_configs/v" + i + ".json", VPCS.replace("vpc-1", "vpc-" + i));
        }
        ImportLimits limits = ImportLimits.DEFAULT.withMaxFiles(3);
        assertThatThrownBy(() -> new AwsSnapshotImporter(limits).importFolder(dir))
                .isInstanceOf(DesignFormatException.class).hasMessageContaining("more than 3 files");
    }

    @Test
    void theFileSizeAndElementLimitsStopOversizedInput() throws Exception {
        write("aws_configs/Vpcs.json", VPCS);
        assertThatThrownBy(() -> new AwsSnapshotImporter(ImportLimits.DEFAULT.withMaxFileBytes(50)).importFolder(dir))
                .isInstanceOf(DesignFormatException.class).hasMessageContaining("Vpcs.json").hasMessageContaining("largest accepted");
        assertThatThrownBy(() -> new AwsSnapshotImporter(ImportLimits.DEFAULT.withMaxTotalBytes(50)).importFolder(dir))
                .isInstanceOf(DesignFormatException.class).hasMessageContaining("largest snapshot accepted");
        assertThatThrownBy(() -> new AwsSnapshotImporter(ImportLimits.DEFAULT.withMaxElements(2)).importFolder(dir))
                .isInstanceOf(DesignFormatException.class).hasMessageContaining("more than 2 elements");
    }

    @Test
    void deeplyNestedJsonIsRefusedNotOverflowed() throws Exception {
        write("aws_configs/Vpcs.json", "{\"Vpcs\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
        assertThat(onlyProblem(failure()).message()).contains("not valid JSON");
    }

    @Test
    void progressRunsFromZeroToTotalAndCancellingStops() throws Exception {
        write("aws_configs/Vpcs.json", VPCS);
        write("aws_configs/Subnets.json", SUBNETS);
        List<int[]> seen = new ArrayList<>();
        new AwsSnapshotImporter().importFolder(dir, (done, total, what) -> seen.add(new int[] {done, total}), () -> false);
        assertThat(seen).isNotEmpty();
        assertThat(seen.get(seen.size() - 1)[0]).isEqualTo(seen.get(0)[1]);
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i)[0]).isGreaterThanOrEqualTo(seen.get(i - 1)[0]);
        }
        AtomicBoolean cancel = new AtomicBoolean();
        assertThatThrownBy(() -> new AwsSnapshotImporter().importFolder(dir, (done, total, what) -> cancel.set(done >= 1), cancel::get))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void designFilesOpensASnapshotFolderAndRefusesAFolderWithoutAwsData() throws Exception {
        write("snap/aws_configs/Vpcs.json", VPCS);
        assertThat(DesignFiles.load(dir.resolve("snap").toString()).topology().find(ElementId.of("vpc-1"))).isPresent();
        assertThat(DesignFiles.load(dir.resolve("snap/aws_configs").toString()).topology().find(ElementId.of("vpc-1"))).isPresent();
        Files.createDirectories(dir.resolve("plain"));
        assertThatThrownBy(() -> DesignFiles.load(dir.resolve("plain").toString()))
                .isInstanceOf(DesignFormatException.class).hasMessageContaining("holds no AWS API JSON");
    }

    @Test
    void objectsThatNameNoOwnerGoToThePlaceholderAccountAndTheReportSaysSo() throws Exception {
        write("aws_configs/us-east-1/CustomerGateways.json",
                "{\"CustomerGateways\": [{\"CustomerGatewayId\": \"cgw-1\", \"IpAddress\": \"203.0.113.9\", \"BgpAsn\": \"65000\"}]}");
        ImportedSnapshot s = new AwsSnapshotImporter().importFolder(dir);
        assertThat(s.design().topology().get(ElementId.of("cgw-1")).parent()).isEqualTo(ElementId.of("000000000000/us-east-1"));
        assertThat(s.report().hasNote("placeholder account 000000000000")).isTrue();
    }
}
