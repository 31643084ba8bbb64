package org.xueliang.ingest;

/** Where a channel's video comes from. One record per kind of source. */
public sealed interface SourceConfig permits FileSourceConfig, RtspSourceConfig, Gb28181SourceConfig {
    /** A description safe for logs and API output: no passwords. */
    String describe();
}
