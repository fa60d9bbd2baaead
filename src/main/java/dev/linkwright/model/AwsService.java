package dev.linkwright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An AWS service as a destination, e.g. Amazon S3 in us-east-1 with its AWS-managed prefix list.
 */
public record AwsService(ElementId id, String name, ElementId parent, String serviceName, ElementId prefixList)
        implements Element {

    public AwsService {
        name = Lists.text(name);
        if (serviceName == null || serviceName.isEmpty()) {
            throw new IllegalArgumentException("an AWS service needs a service name (like com.amazonaws.us-east-1.s3)");
        }
    }

    @Override
    public ElementKind kind() {
        return ElementKind.AWS_SERVICE;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        if (prefixList != null) {
            refs.add(Reference.to("prefixList", prefixList));
        }
        return refs;
    }
}
