package org.xueliang.server.delivery;

import java.util.StringJoiner;

/**
 * Channels that raise real alerts from the demo footage (samples/footage/vtest.avi, people
 * walking across a square): the file looped, zones across the busy footpath. Each zone is its own
 * rule, so its first intrusion is a new alert; repeats of a zone within the merge window join its
 * open alert.
 */
final class DemoChannel {
    private DemoChannel() {
    }

    /**
     * @param zones    how many zones, each the whole footpath band
     * @param cooldown each zone's quiet time after firing, such as {@code "2s"}
     */
    static String json(String id, int zones, String cooldown) {
        StringJoiner list = new StringJoiner(", ");
        for (int i = 1; i <= zones; i++) {
            list.add("{\"id\": \"z" + i + "\", \"polygon\": [[0, 0.3], [1, 0.3], [1, 0.8], [0, 0.8]],"
                    + " \"minDwell\": \"0s\", \"cooldown\": \"" + cooldown + "\"}");
        }
        return "{\"id\": \"" + id + "\", \"source\": {\"type\": \"file\", \"path\": \"samples/footage/vtest.avi\","
                + " \"loop\": true}, \"analysis\": {\"fps\": 10, \"width\": 320}, \"zones\": [" + list + "]}";
    }
}
