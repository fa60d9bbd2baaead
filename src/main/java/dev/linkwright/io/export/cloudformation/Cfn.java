package dev.linkwright.io.export.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** CloudFormation intrinsic functions, long form only ({@code {"Ref": ...}}, {@code {"Fn::GetAtt": [...]}}). */
final class Cfn {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Cfn() {
    }

    static ObjectNode ref(String name) {
        ObjectNode o = NODES.objectNode();
        o.put("Ref", name);
        return o;
    }

    static ObjectNode getAtt(String logicalId, String attribute) {
        ObjectNode o = NODES.objectNode();
        o.putArray("Fn::GetAtt").add(logicalId).add(attribute);
        return o;
    }

    /** {@code {"Fn::Join": ["", [parts...]]}}; strings stay strings, nodes are inserted as they are. */
    static ObjectNode join(Object... parts) {
        ObjectNode o = NODES.objectNode();
        ArrayNode args = o.putArray("Fn::Join");
        args.add("");
        ArrayNode list = args.addArray();
        for (Object p : parts) {
            if (p instanceof JsonNode n) {
                list.add(n);
            } else {
                list.add(String.valueOf(p));
            }
        }
        return o;
    }

    /** The ARN of a resource of this stack's account and Region: {@code arn:<partition>:<service>:<region>:<account>:<path>}. */
    static ObjectNode arn(String service, String pathPrefix, JsonNode id) {
        return join("arn:", ref("AWS::Partition"), ":" + service + ":", ref("AWS::Region"), ":", ref("AWS::AccountId"), ":" + pathPrefix, id);
    }

    /** {@code [{"Key": "Name", "Value": name}, {"Key": "linkwright:id", "Value": id}]}. */
    static ArrayNode tags(String name, String id) {
        ArrayNode tags = NODES.arrayNode();
        tags.addObject().put("Key", "Name").put("Value", name);
        tags.addObject().put("Key", "linkwright:id").put("Value", id);
        return tags;
    }
}
