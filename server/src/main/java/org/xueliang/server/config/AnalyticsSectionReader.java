package org.xueliang.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xueliang.alerts.channel.ChannelDefaults;
import org.xueliang.alerts.channel.ChannelSpecReader;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.channel.FieldReader;
import org.xueliang.analytics.detect.CascadeDetectorConfig;
import org.xueliang.analytics.detect.DetectionConfig;
import org.xueliang.analytics.detect.DetectorConfig;
import org.xueliang.analytics.detect.HogDetectorConfig;
import org.xueliang.analytics.detect.OnnxDetectorConfig;
import org.xueliang.analytics.detect.YoloFormat;
import org.xueliang.analytics.pipeline.PipelineConfig;
import org.xueliang.analytics.quality.QualityConfig;

/**
 * Reads the {@code analytics} section: channel sampling defaults, zone defaults, and how every
 * channel is analysed (detector, video-quality checks, track records). The ONNX model file must
 * exist here; whether OpenCV can load it is checked when the server starts, once native
 * libraries may load.
 */
final class AnalyticsSectionReader {
    static final List<String> KEYS = List.of("fps", "width", "zoneDefaults", "detection", "quality", "recordTracks",
            "trackRetention");
    static final List<String> DETECTORS = List.of("none", "hog", "cascade", "onnx");
    private static final List<String> DETECTION_KEYS = List.of("detector", "hog", "cascades", "onnx");
    private static final List<String> ONNX_KEYS =
            List.of("model", "classNames", "inputSize", "confidence", "nmsThreshold", "format");
    private static final List<String> FORMATS = List.of("auto", "v5", "v8");
    private static final List<String> QUALITY_KEYS = List.of("enabled", "interval", "persistence", "signalLoss");

    private AnalyticsSectionReader() {
    }

    /** @param baseDir folder that a relative ONNX model path is resolved against */
    static AnalyticsConfig read(FieldReader analytics, Path baseDir) {
        analytics.refuseUnknownKeys(KEYS);
        ChannelDefaults builtIn = ChannelDefaults.builtIn();
        double fps = analytics.number("fps", builtIn.sampling().fps(), v -> v > 0 && v <= ChannelSpecReader.MAX_FPS,
                "greater than 0 and at most " + FieldReader.showNumber(ChannelSpecReader.MAX_FPS));
        int width = analytics.integer("width", builtIn.sampling().width(), ChannelSpecReader.MIN_WIDTH,
                ChannelSpecReader.MAX_WIDTH);
        FieldReader zone = analytics.object("zoneDefaults");
        zone.refuseUnknownKeys(List.of("minArea", "minDwell", "cooldown"));
        ZoneDefaultsConfig zoneDefaults = new ZoneDefaultsConfig(
                zone.number("minArea", builtIn.zoneMinArea(), v -> v > 0 && v <= 1, "greater than 0 and at most 1"),
                zone.duration("minDwell", builtIn.zoneMinDwell()),
                zone.duration("cooldown", builtIn.zoneCooldown()));
        PipelineConfig defaults = PipelineConfig.defaults();
        DetectionConfig detection = detection(analytics.object("detection"), baseDir);
        QualityConfig quality = quality(analytics.object("quality"));
        boolean recordTracks = analytics.bool("recordTracks", defaults.recordTracks());
        Duration trackRetention = analytics.positiveDuration("trackRetention", AnalyticsConfig.DEFAULT_TRACK_RETENTION);
        PipelineConfig pipeline = new PipelineConfig(defaults.motion(), detection, defaults.tracker(), quality,
                defaults.staticChange(), recordTracks);
        return new AnalyticsConfig(fps, width, zoneDefaults, pipeline, trackRetention);
    }

    private static DetectionConfig detection(FieldReader detection, Path baseDir) {
        detection.refuseUnknownKeys(DETECTION_KEYS);
        String detector = detection.choice("detector", "none", DETECTORS);
        for (String other : List.of("hog", "cascades", "onnx")) {
            boolean used = other.equals(detector) || other.equals("cascades") && detector.equals("cascade");
            if (detection.has(other) && !used) {
                detection.error(other, "is only read with detector: " + (other.equals("cascades") ? "cascade" : other)
                        + ", got detector: " + detector);
            }
        }
        List<DetectorConfig> configs = switch (detector) {
            case "hog" -> List.of(hog(detection.object("hog")));
            case "cascade" -> cascades(detection);
            case "onnx" -> onnx(detection.object("onnx"), baseDir);
            default -> List.of();
        };
        return new DetectionConfig(configs, DetectionConfig.none().gating());
    }

    private static DetectorConfig hog(FieldReader hog) {
        hog.refuseUnknownKeys(List.of("minConfidence"));
        HogDetectorConfig defaults = HogDetectorConfig.defaults();
        double confidence = hog.number("minConfidence", defaults.minConfidence(), v -> v >= 0 && v <= 1,
                "between 0 and 1");
        return new HogDetectorConfig(defaults.model(), defaults.hitThreshold(), defaults.scaleStep(),
                defaults.minRegionHeight(), confidence);
    }

    private static List<DetectorConfig> cascades(FieldReader detection) {
        if (!detection.has("cascades")) {
            detection.error("cascades", "is required with detector: cascade, a list such as "
                    + "[{cascade: haarcascade_fullbody.xml, label: person}]");
            return List.of();
        }
        List<JsonNode> items = detection.list("cascades");
        List<DetectorConfig> configs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = FieldReader.item(detection.pathOf("cascades"), i);
            if (!items.get(i).isObject()) {
                detection.errors().add(new FieldError(path, "must be an object such as {cascade: "
                        + "haarcascade_fullbody.xml, label: person}, got " + FieldReader.show(items.get(i))));
                continue;
            }
            FieldReader item = FieldReader.of(items.get(i), path, detection.errors());
            item.refuseUnknownKeys(List.of("cascade", "label"));
            String cascade = item.requiredString("cascade");
            String label = item.requiredString("label");
            if (cascade != null && label != null) {
                configs.add(CascadeDetectorConfig.shipped(cascade, label));
            }
        }
        if (items.isEmpty() && detection.get("cascades").isArray()) {
            detection.error("cascades", "must have at least one cascade");
        }
        return configs;
    }

    private static List<DetectorConfig> onnx(FieldReader onnx, Path baseDir) {
        onnx.refuseUnknownKeys(ONNX_KEYS);
        Path model = onnx.existingFile("model", baseDir);
        List<String> classNames = classNames(onnx);
        int inputSize = onnx.integer("inputSize", 640, 32, 2048);
        if (inputSize % 32 != 0) {
            onnx.error("inputSize", "must be a multiple of 32, got " + inputSize);
        }
        double confidence = onnx.number("confidence", 0.25, v -> v >= 0 && v <= 1, "between 0 and 1");
        double nms = onnx.number("nmsThreshold", 0.45, v -> v >= 0 && v <= 1, "between 0 and 1");
        String format = onnx.choice("format", "auto", FORMATS);
        if (model == null || classNames.isEmpty() || inputSize % 32 != 0) {
            return List.of();
        }
        return List.of(new OnnxDetectorConfig(model, classNames, inputSize, confidence, nms,
                YoloFormat.valueOf(format.toUpperCase(Locale.ROOT))));
    }

    private static List<String> classNames(FieldReader onnx) {
        if (!onnx.has("classNames")) {
            onnx.error("classNames", "is required, the model's class labels in its output order, e.g. "
                    + "[person, bicycle, car]");
            return List.of();
        }
        List<JsonNode> items = onnx.list("classNames");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (item.isTextual() && !item.textValue().isBlank()) {
                names.add(item.textValue());
            } else {
                onnx.errors().add(new FieldError(FieldReader.item(onnx.pathOf("classNames"), i),
                        "must be a class label such as \"person\", got " + FieldReader.show(item)));
            }
        }
        if (items.isEmpty() && onnx.get("classNames").isArray()) {
            onnx.error("classNames", "must have at least one class label");
        }
        return names.size() == items.size() ? names : List.of();
    }

    private static QualityConfig quality(FieldReader quality) {
        quality.refuseUnknownKeys(QUALITY_KEYS);
        QualityConfig defaults = QualityConfig.defaults();
        boolean enabled = quality.bool("enabled", defaults.enabled());
        Duration interval = quality.positiveDuration("interval", defaults.interval());
        Duration persistence = quality.duration("persistence", defaults.persistence());
        Duration signalLoss = quality.positiveDuration("signalLoss", defaults.signalLoss());
        return new QualityConfig(enabled, interval, persistence, defaults.baselineSamples(), signalLoss,
                defaults.limits());
    }
}
