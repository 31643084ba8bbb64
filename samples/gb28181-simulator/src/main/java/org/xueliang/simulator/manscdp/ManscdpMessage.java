package org.xueliang.simulator.manscdp;

import java.util.Map;
import java.util.Optional;

/**
 * A parsed MANSCDP body: the root element ({@code Query}, {@code Control}, {@code Notify},
 * {@code Response}), CmdType, SN, DeviceID and the text of every other top-level element.
 */
public record ManscdpMessage(String root, String cmdType, long sn, String deviceId, Map<String, String> fields) {

    public ManscdpMessage {
        fields = Map.copyOf(fields);
    }

    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }
}
