package dev.linkwright.study;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule ids of the rulebook ({@code aws-network-rules.md}) with their titles, shipped with the
 * build, so that exercises can be checked to cite rules that exist and the app can name them.
 */
public final class RulebookRules {

    /** How a rule id is written: {@code R-PCX-5}. */
    public static final Pattern RULE_ID = Pattern.compile("R-[A-Z0-9]+-[0-9]+");
    private static final String RESOURCE = "/dev/linkwright/study/rulebook-rules.tsv";
    private static final Map<String, String> TITLES = load();

    private RulebookRules() {
    }

    private static Map<String, String> load() {
        Map<String, String> titles = new LinkedHashMap<>();
        try (InputStream in = RulebookRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    titles.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(titles);
    }

    /** Every rule id with its title, in rulebook order. */
    public static Map<String, String> all() {
        return TITLES;
    }

    public static boolean exists(String id) {
        return TITLES.containsKey(id);
    }

    /** The title of rule {@code id} ("Non-transitive"), if the rulebook has it. */
    public static Optional<String> title(String id) {
        return Optional.ofNullable(TITLES.get(id));
    }

    /** The rule ids written in {@code text}, in order of appearance. */
    public static java.util.List<String> citedIn(String text) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        Matcher m = RULE_ID.matcher(text == null ? "" : text);
        while (m.find()) {
            if (!ids.contains(m.group())) {
                ids.add(m.group());
            }
        }
        return ids;
    }
}
