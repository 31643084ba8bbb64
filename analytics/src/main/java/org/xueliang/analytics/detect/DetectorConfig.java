package org.xueliang.analytics.detect;

/** The configuration of one object detector; the record type selects the detector. */
public sealed interface DetectorConfig permits HogDetectorConfig, CascadeDetectorConfig, OnnxDetectorConfig {
}
