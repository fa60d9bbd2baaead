package dev.linkwright.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The Linkwright version, from the build. */
public final class Version implements CommandLine.IVersionProvider {

    /** The version string, e.g. {@code 0.1.0}. */
    public static String number() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/linkwright/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Linkwright " + number(), "Java " + System.getProperty("java.version")};
    }
}
