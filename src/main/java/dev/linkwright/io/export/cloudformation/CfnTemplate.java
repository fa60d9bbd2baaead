package dev.linkwright.io.export.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.io.export.AwsLocation;
import dev.linkwright.io.export.ResourceNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The template of one stack (one account and Region) under construction: parameters, resources
 * and outputs sharing one logical-id namespace.
 *
 * <p>Parameters that carry a value from another stack (or one known only after a deploy) default
 * to "" and make the resources that use them, directly or through other resources, conditional:
 * a stack deploys before its inputs exist and gains those resources when updated with them. That
 * is how stacks that need each other (a peering connection and the routes through it) deploy.
 */
final class CfnTemplate {

    final AwsLocation location;
    final String stackName;
    private final ResourceNames names = ResourceNames.cloudFormation();
    private final Map<String, ObjectNode> parameters = new LinkedHashMap<>();
    private final Set<String> deferredParameters = new LinkedHashSet<>();
    private final Map<String, CfnResource> resources = new LinkedHashMap<>();
    private final Map<String, ObjectNode> outputs = new LinkedHashMap<>();

    CfnTemplate(AwsLocation location, String stackName) {
        this.location = location;
        this.stackName = stackName;
    }

    /** The logical id for {@code key} (an element id, possibly with a suffix); stable and unique here. */
    String logicalId(String key) {
        return names.name("template", key);
    }

    CfnResource resource(String key, String type) {
        String id = logicalId(key);
        return resources.computeIfAbsent(id, k -> new CfnResource(k, type));
    }

    boolean hasResource(String logicalId) {
        return resources.containsKey(logicalId);
    }

    /** Declares (once) a parameter the person deploying must fill; returns its logical id. */
    String requiredParameter(String key, String type, String description) {
        return parameter(key, type, description, null, false);
    }

    /** Declares (once) a parameter with a default; returns its logical id. */
    String parameterWithDefault(String key, String type, String description, String defaultValue) {
        return parameter(key, type, description, defaultValue, false);
    }

    /**
     * Declares (once) a parameter filled later (from another stack's output, or after a deploy);
     * resources using it are created only once it is set.
     */
    String deferredParameter(String key, String description) {
        return parameter(key, "String", description, "", true);
    }

    private String parameter(String key, String type, String description, String defaultValue, boolean deferred) {
        String id = names.name("template", "param:" + key, key);
        if (!parameters.containsKey(id)) {
            ObjectNode p = Cfn.NODES.objectNode();
            p.put("Type", type);
            p.put("Description", description.length() > 4000 ? description.substring(0, 4000) : description);
            if (defaultValue != null) {
                p.put("Default", defaultValue);
            }
            parameters.put(id, p);
            if (deferred) {
                deferredParameters.add(id);
            }
        }
        return id;
    }

    /** Declares (once) an output holding {@code value}; returns its name. */
    String output(String key, JsonNode value, String description) {
        String id = names.name("template", "output:" + key, key);
        if (!outputs.containsKey(id)) {
            ObjectNode o = Cfn.NODES.objectNode();
            o.put("Description", description);
            o.set("Value", value);
            outputs.put(id, o);
        }
        return id;
    }

    int resourceCount() {
        return resources.size();
    }

    /** The finished template with its conditions. */
    ObjectNode template(String description) {
        Map<String, Set<String>> needs = deferredInputsPerResource();
        Map<Set<String>, String> conditionNames = new LinkedHashMap<>();
        ObjectNode t = Cfn.NODES.objectNode();
        t.put("AWSTemplateFormatVersion", "2010-09-09");
        t.put("Description", description.length() > 1024 ? description.substring(0, 1021) + "..." : description);
        if (!parameters.isEmpty()) {
            ObjectNode ps = t.putObject("Parameters");
            parameters.forEach(ps::set);
        }
        ObjectNode conditions = t.putObject("Conditions");
        ObjectNode rs = t.putObject("Resources");
        for (CfnResource r : resources.values()) {
            rs.set(r.logicalId, resourceJson(r, conditionFor(needs.get(r.logicalId), conditionNames, conditions)));
        }
        if (!outputs.isEmpty()) {
            ObjectNode os = t.putObject("Outputs");
            outputs.forEach((name, o) -> {
                ObjectNode copy = o.deepCopy();
                String c = conditionFor(inputsOf(copy.get("Value"), needs), conditionNames, conditions);
                if (c != null) {
                    copy.put("Condition", c);
                }
                os.set(name, copy);
            });
        }
        if (conditions.isEmpty()) {
            t.remove("Conditions");
        }
        return t;
    }

    private static ObjectNode resourceJson(CfnResource r, String condition) {
        ObjectNode o = Cfn.NODES.objectNode();
        o.put("Type", r.type);
        if (condition != null) {
            o.put("Condition", condition);
        }
        if (!r.dependsOn.isEmpty()) {
            ArrayNode deps = o.putArray("DependsOn");
            r.dependsOn.forEach(deps::add);
        }
        o.set("Properties", r.properties);
        return o;
    }

    /** A condition that holds when every parameter in {@code inputs} is set; null when there are none. */
    private String conditionFor(Set<String> inputs, Map<Set<String>, String> names, ObjectNode conditions) {
        if (inputs == null || inputs.isEmpty()) {
            return null;
        }
        for (String p : inputs) {
            String single = "Has" + p;
            if (!conditions.has(single)) {
                ObjectNode not = conditions.putObject(single);
                ArrayNode equals = not.putArray("Fn::Not").addObject().putArray("Fn::Equals");
                equals.add(Cfn.ref(p));
                equals.add("");
            }
        }
        if (inputs.size() == 1) {
            return "Has" + inputs.iterator().next();
        }
        return names.computeIfAbsent(inputs, set -> {
            String name = "HasInputs" + (names.size() + 1);
            conditions.set(name, allOf(new ArrayList<>(set)));
            return name;
        });
    }

    /** {@code Fn::And} takes 2 to 10 conditions; longer lists nest. */
    private static ObjectNode allOf(List<String> parameters) {
        ObjectNode and = Cfn.NODES.objectNode();
        ArrayNode list = and.putArray("Fn::And");
        int direct = parameters.size() <= 10 ? parameters.size() : 9;
        for (int i = 0; i < direct; i++) {
            list.addObject().put("Condition", "Has" + parameters.get(i));
        }
        if (direct < parameters.size()) {
            list.add(allOf(parameters.subList(direct, parameters.size())));
        }
        return and;
    }

    /**
     * For each resource, the deferred parameters it needs: those it names, and those of every
     * resource of this template it names or depends on (until nothing changes).
     */
    private Map<String, Set<String>> deferredInputsPerResource() {
        Map<String, Set<String>> needs = new LinkedHashMap<>();
        Map<String, Set<String>> uses = new LinkedHashMap<>();
        for (CfnResource r : resources.values()) {
            Set<String> names = new TreeSet<>();
            collectNames(r.properties, names);
            names.addAll(r.dependsOn);
            Set<String> direct = new TreeSet<>();
            Set<String> others = new TreeSet<>();
            for (String n : names) {
                if (deferredParameters.contains(n)) {
                    direct.add(n);
                } else if (resources.containsKey(n)) {
                    others.add(n);
                }
            }
            needs.put(r.logicalId, direct);
            uses.put(r.logicalId, others);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, Set<String>> e : uses.entrySet()) {
                Set<String> mine = needs.get(e.getKey());
                for (String other : e.getValue()) {
                    changed |= mine.addAll(needs.get(other));
                }
            }
        }
        return needs;
    }

    private Set<String> inputsOf(JsonNode value, Map<String, Set<String>> needs) {
        Set<String> names = new TreeSet<>();
        collectNames(value, names);
        Set<String> inputs = new TreeSet<>();
        for (String n : names) {
            if (deferredParameters.contains(n)) {
                inputs.add(n);
            } else if (needs.containsKey(n)) {
                inputs.addAll(needs.get(n));
            }
        }
        return inputs;
    }

    /** Every name used by a {@code Ref} or {@code Fn::GetAtt} inside {@code node}. */
    static void collectNames(JsonNode node, Set<String> into) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            JsonNode ref = node.get("Ref");
            if (ref != null && ref.isTextual()) {
                into.add(ref.asText());
            }
            JsonNode att = node.get("Fn::GetAtt");
            if (att != null && att.isArray() && att.size() > 0) {
                into.add(att.get(0).asText());
            }
        }
        node.forEach(child -> collectNames(child, into));
    }
}
