package dev.linkwright.study;

import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.FormatProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The packs shipped with Linkwright, on the classpath under {@code /dev/linkwright/study/packs/}
 * and listed in that folder's {@code index.txt} (one file name a line), so they are found the same
 * way in a folder and in the jar. Their source is {@code builtin:<file>}.
 *
 * <pre>{@code
 * for (Pack p : BuiltInPacks.load()) { ... }
 * }</pre>
 */
public final class BuiltInPacks {

    private static final String FOLDER = "/dev/linkwright/study/packs/";
    private static volatile List<Pack> cache;

    private BuiltInPacks() {
    }

    /** The file names of the built-in packs, in display order. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        try (InputStream in = BuiltInPacks.class.getResourceAsStream(FOLDER + "index.txt")) {
            if (in == null) {
                return names;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String n = line.strip();
                if (!n.isEmpty() && !n.startsWith("#")) {
                    names.add(n);
                }
            }
        } catch (IOException e) {
            return names;
        }
        return names;
    }

    /** Every built-in pack (read once, then shared: packs and exercises are immutable). */
    public static List<Pack> load() throws DesignFormatException {
        List<Pack> packs = cache;
        if (packs == null) {
            List<Pack> list = new ArrayList<>();
            for (String name : names()) {
                list.add(load(name));
            }
            packs = List.copyOf(list);
            cache = packs;
        }
        return packs;
    }

    /** The built-in pack in file {@code name}. */
    public static Pack load(String name) throws DesignFormatException {
        String source = "builtin:" + name;
        try (InputStream in = BuiltInPacks.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new DesignFormatException(new FormatProblem(source, "", 0, 0, "there is no built-in pack with this name"));
            }
            return new PackReader().read(in.readAllBytes(), source, source);
        } catch (IOException e) {
            throw new DesignFormatException(new FormatProblem(source, "", 0, 0, "could not be read: " + e.getMessage()));
        }
    }
}
