package dev.linkwright.analysis;

import dev.linkwright.model.ElementId;

/**
 * Something worth knowing that does not change the verdict, e.g. an endpoint policy that the
 * service evaluates ({@code X_ENDPOINT_POLICY_ADVISORY}) or a private DNS name that would not
 * resolve from here ({@code X_PRIVATE_DNS_NOT_RESOLVABLE}).
 */
public record Advisory(String code, ElementId elementId, String message) {
}
