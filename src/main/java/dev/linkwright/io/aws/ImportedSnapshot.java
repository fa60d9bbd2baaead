package dev.linkwright.io.aws;

import dev.linkwright.model.Design;

/** What an import produced: the design (without layout: the app lays it out) and the report. */
public record ImportedSnapshot(Design design, ImportReport report) {
}
