package dev.linkwright.diagram;

import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.DesignReader;
import dev.linkwright.model.Design;
import java.nio.file.Path;

/** The designs the diagram tests draw. */
final class Fixtures {

    private Fixtures() {
    }

    /** The classic PrivateLink sample. */
    static Design privateLinkBasic() {
        try {
            return BuiltInSamples.load(BuiltInSamples.DEFAULT);
        } catch (DesignFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Peering, a transit gateway with VPC, VPN and Direct Connect attachments, NAT, IGW, on-premises. */
    static Design hybridNetwork() {
        try {
            return new DesignReader().read(Path.of("src/test/resources/dev/linkwright/diagram/hybrid-network.json"));
        } catch (DesignFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
