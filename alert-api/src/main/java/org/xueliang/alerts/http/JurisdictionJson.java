package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.xueliang.alerts.jurisdiction.Assignment;
import org.xueliang.alerts.jurisdiction.ImportReport;
import org.xueliang.alerts.jurisdiction.Jurisdiction;
import org.xueliang.alerts.jurisdiction.RejectedRow;
import org.xueliang.alerts.jurisdiction.Site;

/** The JSON shapes of jurisdictions, sites, assignments and import reports. */
final class JurisdictionJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JurisdictionJson() {
    }

    /** {@code {"code","name","level","parent"}}, the level in lower case. */
    static ObjectNode jurisdiction(Jurisdiction jurisdiction) {
        return NODES.objectNode().put("code", jurisdiction.code()).put("name", jurisdiction.name())
                .put("level", jurisdiction.level().wireName()).put("parent", jurisdiction.parent());
    }

    static ObjectNode jurisdictions(List<Jurisdiction> jurisdictions) {
        ObjectNode body = NODES.objectNode();
        ArrayNode list = body.putArray("jurisdictions");
        jurisdictions.forEach(j -> list.add(jurisdiction(j)));
        return body;
    }

    /** {@code {"code","name","level","jurisdiction","channels":[..]}}. */
    static ObjectNode site(Site site) {
        ObjectNode json = NODES.objectNode().put("code", site.code()).put("name", site.name())
                .put("level", site.level()).put("jurisdiction", site.jurisdiction());
        ArrayNode channels = json.putArray("channels");
        site.channels().forEach(channels::add);
        return json;
    }

    static ObjectNode sites(List<Site> sites) {
        ObjectNode body = NODES.objectNode();
        ArrayNode list = body.putArray("sites");
        sites.forEach(site -> list.add(site(site)));
        return body;
    }

    /** {@code {"channelId","site","grid"}}, one of site and grid null. */
    static ObjectNode assignment(Assignment assignment) {
        return NODES.objectNode().put("channelId", assignment.channelId()).put("site", assignment.site())
                .put("grid", assignment.grid());
    }

    /** {@code {"accepted","created","updated","rejected":[{"row","field","message"}]}}. */
    static ObjectNode report(ImportReport report) {
        ObjectNode body = NODES.objectNode().put("accepted", report.accepted()).put("created", report.created())
                .put("updated", report.updated());
        ArrayNode rejected = body.putArray("rejected");
        for (RejectedRow row : report.rejected()) {
            rejected.addObject().put("row", row.row()).put("field", row.field()).put("message", row.message());
        }
        return body;
    }
}
