package org.xueliang.alerts.gb;

import org.xueliang.alerts.channel.ChannelSpecReader;

/** Checks of GB/T 28181 IDs in the records of this package. */
final class GbIds {
    private GbIds() {
    }

    /** @throws IllegalArgumentException naming the field when {@code id} is not 20 digits */
    static String require(String field, String id) {
        if (id == null || !ChannelSpecReader.GB_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(field + " " + ChannelSpecReader.gbIdProblem(String.valueOf(id)));
        }
        return id;
    }
}
