package dev.linkwright.io.aws;

/**
 * Reading Amazon Resource Names ({@code arn:partition:service:region:account:resource}) and the
 * element ids derived from them.
 *
 * <p>Load balancers and target groups have no short AWS id, only an ARN. Their element id is the
 * ARN's resource part without the resource-type word, which is what AWS itself shows in ENI
 * descriptions: {@code arn:aws:elasticloadbalancing:us-east-2:111122223333:loadbalancer/net/my-nlb/50dc6c495c0c9188}
 * gives {@code net/my-nlb/50dc6c495c0c9188}; a target group ARN gives
 * {@code targetgroup/my-targets/73e2d6bc24d8a067}. Both are stable (they never change for the
 * life of the resource) and unique (the last part is random per resource).
 */
final class AwsArns {

    private AwsArns() {
    }

    private static String[] parts(String arn) {
        if (arn == null || !arn.startsWith("arn:")) {
            return null;
        }
        String[] p = arn.split(":", 6);
        return p.length == 6 ? p : null;
    }

    /** The Region of an ARN, or null when it has none or is not an ARN. */
    static String region(String arn) {
        String[] p = parts(arn);
        return p == null || !SnapshotFolder.isRegionCode(p[3]) ? null : p[3];
    }

    /** The account of an ARN, or null. */
    static String account(String arn) {
        String[] p = parts(arn);
        return p == null || p[4].isEmpty() ? null : p[4];
    }

    /** The element id of a load balancer: {@code net/<name>/<hash>} (see the class comment). */
    static String loadBalancerId(String arn) {
        String[] p = parts(arn);
        if (p == null) {
            return arn;
        }
        String resource = p[5];
        return resource.startsWith("loadbalancer/") ? resource.substring("loadbalancer/".length()) : resource;
    }

    /** The element id of a target group: {@code targetgroup/<name>/<hash>}. */
    static String targetGroupId(String arn) {
        String[] p = parts(arn);
        return p == null ? arn : p[5];
    }

    /** The load balancer type word of an ELB id ({@code net}, {@code app}, {@code gwy}), or "". */
    static String loadBalancerTypeWord(String elbId) {
        int slash = elbId.indexOf('/');
        return slash < 0 ? "" : elbId.substring(0, slash);
    }
}
