package dev.linkwright.study;

import dev.linkwright.io.DesignFormatException;
import java.nio.charset.StandardCharsets;

/** Small packs and exercises for the study tests, written as pack text the way authors write them. */
final class StudyFixtures {

    private StudyFixtures() {
    }

    /** A two-VPC peering design (B2 of the public scenarios): i-a1 -> i-b1 TCP 5432 is reachable. */
    static final String B2 = """
            {"format": "linkwright-design", "formatVersion": 1, "accounts": [{"id": "111111111111",
              "zoneIds": {"us-east-1a": "use1-az1"}, "regions": [{"code": "us-east-1", "vpcs": [
               {"id": "VPC-A", "cidrs": ["10.0.0.0/16"], "availabilityZones": [{"zone": "us-east-1a", "subnets": [
                 {"id": "a-app", "cidr": "10.0.1.0/24", "routeTable": "rtb-a",
                  "instances": [{"id": "i-a1", "privateIp": "10.0.1.10", "securityGroups": ["sg-a1"]}]}]}],
                "routeTables": [{"id": "rtb-a", "main": true, "routes": [{"destination": "10.1.0.0/16", "target": "pcx-AB"}]}],
                "securityGroups": [{"id": "sg-a1"}]},
               {"id": "VPC-B", "cidrs": ["10.1.0.0/16"], "availabilityZones": [{"zone": "us-east-1a", "subnets": [
                 {"id": "b-app", "cidr": "10.1.1.0/24", "routeTable": "rtb-b",
                  "instances": [{"id": "i-b1", "privateIp": "10.1.1.20", "securityGroups": ["sg-b1"]}]}]}],
                "routeTables": [{"id": "rtb-b", "main": true, "routes": [{"destination": "10.0.0.0/16", "target": "pcx-AB"}]}],
                "securityGroups": [{"id": "sg-b1", "ingress": [{"protocol": "tcp", "ports": 5432, "source": "10.0.0.0/16"}]}]}],
              "peeringConnections": [{"id": "pcx-AB", "requesterVpc": "VPC-A", "accepterVpc": "VPC-B"}]}]}]}
            """;

    /** JSON Pointer of sg-b1's first ingress rule in {@link #B2}. */
    static final String SG_B1_RULE = "/accounts/0/regions/0/vpcs/1/securityGroups/0/ingress/0";

    /** A pack around {@link #B2} with one exercise of each mode; {@code exercises} replaces them when given. */
    static String pack(String exercises) {
        return """
                {"format": "linkwright-study-pack", "formatVersion": 1, "id": "test-pack", "title": "Test pack", "topic": "peering",
                 "designs": {"b2": %s},
                 "exercises": [%s]}
                """.formatted(B2, exercises);
    }

    static final String PREDICT_BLOCKED = """
            {"id": "closed-sg", "mode": "predict", "difficulty": "easy", "design": "b2",
             "patch": [{"op": "replace", "path": "%s/source", "value": "10.9.0.0/16"}],
             "task": "Can A reach B?", "question": {"from": "i-a1", "to": "i-b1", "port": 5432},
             "answer": {"verdict": "blocked", "element": "sg-b1", "code": "ENI_SG_RULES_MISMATCH", "direction": "forward"},
             "explanation": "sg-b1 admits 10.9.0.0/16 only (R-SG-1).", "rules": ["R-SG-1"], "hints": ["Look at sg-b1."]}
            """.formatted(SG_B1_RULE);

    static final String FIX_ROUTE = """
            {"id": "fix-route", "mode": "fix", "difficulty": "easy", "design": "b2",
             "patch": [{"op": "replace", "path": "/accounts/0/regions/0/vpcs/1/routeTables/0/routes", "value": []},
                       {"op": "add", "path": "/flows", "value": [{"id": "f1", "from": "i-a1", "to": "i-b1", "port": 5432, "intent": "reachable"}]}],
             "task": "Make A reach B.",
             "answer": {"solution": [{"op": "add", "path": "/accounts/0/regions/0/vpcs/1/routeTables/0/routes/-",
                                      "value": {"destination": "10.0.0.0/16", "target": "pcx-AB"}}]},
             "explanation": "Routes on both sides (R-PCX-4).", "rules": ["R-PCX-4"]}
            """;

    static final String SPOT_OVERLAP = """
            {"id": "spot-overlap", "mode": "spot", "difficulty": "medium", "design": "b2",
             "patch": [{"op": "replace", "path": "/accounts/0/regions/0/vpcs/0/cidrs", "value": ["10.0.0.0/16", "10.1.0.0/16"]},
                       {"op": "replace", "path": "/accounts/0/regions/0/vpcs/0/routeTables/0/routes", "value": []}],
             "task": "Click the flaws.",
             "answer": {"findings": [{"code": "E_PEERING_CIDR_OVERLAP", "elements": ["pcx-AB"]}]},
             "explanation": "Overlapping blocks (R-PCX-2).", "rules": ["R-PCX-2"]}
            """;

    static String allModes() {
        return pack(PREDICT_BLOCKED + "," + FIX_ROUTE + "," + SPOT_OVERLAP);
    }

    static Pack read(String packText) throws DesignFormatException {
        return new PackReader().read(packText.getBytes(StandardCharsets.UTF_8), "test.json", "test.json");
    }

    static Exercise exercise(String id) throws DesignFormatException {
        return read(allModes()).exercise(id).orElseThrow();
    }
}
