package dev.linkwright.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserDataFolderTest {

    @Test
    void theSystemPropertyWins() {
        assertThat(UserDataFolder.resolve("/tmp/lw", "Linux", "/home/ann", Map.of("XDG_DATA_HOME", "/x"))).isEqualTo(Path.of("/tmp/lw"));
    }

    @Test
    void linuxFollowsTheXdgConvention() {
        assertThat(UserDataFolder.resolve(null, "Linux", "/home/ann", Map.of())).isEqualTo(Path.of("/home/ann/.local/share/linkwright"));
        assertThat(UserDataFolder.resolve("", "Linux", "/home/ann", Map.of("XDG_DATA_HOME", "/data"))).isEqualTo(Path.of("/data/linkwright"));
    }

    @Test
    void macAndWindowsUseTheirApplicationFolders() {
        assertThat(UserDataFolder.resolve(null, "Mac OS X", "/Users/ann", Map.of()))
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/Linkwright"));
        assertThat(UserDataFolder.resolve(null, "Windows 11", "/home/ann", Map.of("APPDATA", "/appdata")))
                .isEqualTo(Path.of("/appdata/Linkwright"));
    }
}
