package dev.linkwright.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Linkwright keeps what belongs to the user but not to a design: unsaved work for crash
 * recovery and the error log. The system property {@value #PROPERTY} overrides it (tests point it at
 * a temporary folder); otherwise it follows the platform's convention.
 *
 * <pre>{@code
 * Path logs = UserDataFolder.resolve().resolve("logs");
 * }</pre>
 */
public final class UserDataFolder {

    /** The system property that names the folder explicitly. */
    public static final String PROPERTY = "linkwright.dataDir";

    private UserDataFolder() {
    }

    /** The folder for this user (not created here). */
    public static Path resolve() {
        return resolve(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getProperty("user.home", "."),
                System.getenv());
    }

    /**
     * The folder for an explicit setting (may be null), an operating system name, a home folder and
     * an environment: {@code $XDG_DATA_HOME/linkwright} or {@code ~/.local/share/linkwright} on Linux,
     * {@code ~/Library/Application Support/Linkwright} on macOS, {@code %APPDATA%\Linkwright} on Windows.
     */
    static Path resolve(String configured, String osName, String home, Map<String, String> env) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank() ? Path.of(appData, "Linkwright") : Path.of(home, "AppData", "Roaming", "Linkwright");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Linkwright");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "linkwright") : Path.of(home, ".local", "share", "linkwright");
    }
}
