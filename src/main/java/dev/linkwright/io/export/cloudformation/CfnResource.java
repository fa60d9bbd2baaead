package dev.linkwright.io.export.cloudformation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One resource of a CloudFormation template under construction: its logical id, type, properties
 * and explicit dependencies.
 */
final class CfnResource {

    final String logicalId;
    final String type;
    final ObjectNode properties = JsonNodeFactory.instance.objectNode();
    final Set<String> dependsOn = new LinkedHashSet<>();

    CfnResource(String logicalId, String type) {
        this.logicalId = logicalId;
        this.type = type;
    }

    /** {@code {"Ref": logicalId}}. */
    ObjectNode ref() {
        return Cfn.ref(logicalId);
    }

    /** {@code {"Fn::GetAtt": [logicalId, attribute]}}. */
    ObjectNode att(String attribute) {
        return Cfn.getAtt(logicalId, attribute);
    }

    CfnResource dependOn(String otherLogicalId) {
        if (otherLogicalId != null && !otherLogicalId.equals(logicalId)) {
            dependsOn.add(otherLogicalId);
        }
        return this;
    }
}
