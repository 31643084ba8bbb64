package org.xueliang.alerts.channel;

import java.util.List;
import java.util.Objects;
import org.xueliang.analytics.ZoneRuleConfig;
import org.xueliang.analytics.rules.RuleConfig;
import org.xueliang.ingest.SamplingConfig;
import org.xueliang.ingest.SourceConfig;

/**
 * What the integrator configures for one camera channel: where its video comes from, how it is
 * sampled for analysis and which zones and rules watch it. The same shape is read from the YAML
 * configuration ({@code channels:}) and from config API bodies by {@link ChannelSpecReader}.
 *
 * <p>{@link #toString()} is safe for logs: RTSP passwords are masked by {@link SourceConfig}.
 *
 * @param id       unique channel id, {@code [a-z0-9][a-z0-9_-]{0,63}}
 * @param name     human-readable name, at most 100 characters; the id when not configured
 * @param source   the video source
 * @param sampling analysis rate and size
 * @param zones    motion zone intrusion rules of the first release; ids unique across zones and rules
 * @param rules    track, line and region rules ({@code rules:}); ids unique across zones and rules
 */
public record ChannelSpec(String id, String name, SourceConfig source, SamplingConfig sampling,
                          List<ZoneRuleConfig> zones, List<RuleConfig> rules) {
    public ChannelSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sampling, "sampling");
        zones = List.copyOf(zones);
        rules = List.copyOf(rules);
    }

    /** A channel with motion zones only, as the first release configured them. */
    public ChannelSpec(String id, String name, SourceConfig source, SamplingConfig sampling,
                       List<ZoneRuleConfig> zones) {
        this(id, name, source, sampling, zones, List.of());
    }

    /** @return whether the two specs differ in zones or rules only, which a running channel can take live */
    public boolean sameVideoAs(ChannelSpec other) {
        return id.equals(other.id) && source.equals(other.source) && sampling.equals(other.sampling);
    }
}
