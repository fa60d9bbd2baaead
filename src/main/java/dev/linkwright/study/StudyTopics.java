package dev.linkwright.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The topics built-in exercises are filed under, in the order they are shown, with their titles.
 * A pack may use other topic ids; they are shown after these, titled by their id.
 */
public final class StudyTopics {

    private static final Map<String, String> TITLES = new LinkedHashMap<>();

    static {
        TITLES.put("privatelink", "PrivateLink and endpoint services");
        TITLES.put("nlb-az", "NLB and Availability Zones");
        TITLES.put("peering", "Peering and edge-to-edge");
        TITLES.put("hybrid", "VPN and Direct Connect");
        TITLES.put("transit-gateway", "Transit Gateway");
        TITLES.put("internet", "Internet and NAT");
        TITLES.put("security", "Security groups and NACLs");
    }

    private StudyTopics() {
    }

    /** The ids of the known topics, in display order. */
    public static List<String> known() {
        return List.copyOf(TITLES.keySet());
    }

    /** The title of topic {@code id}, or the id itself for a topic this build does not know. */
    public static String title(String id) {
        return TITLES.getOrDefault(id, id);
    }

    /** Where topic {@code id} sorts: known topics in their order, then the others. */
    public static int order(String id) {
        int i = known().indexOf(id);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
