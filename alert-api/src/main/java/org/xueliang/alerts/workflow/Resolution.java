package org.xueliang.alerts.workflow;

import java.time.Instant;
import java.util.Objects;

/**
 * What the assignee reported back.
 *
 * @param feedback   what was found and done
 * @param photoUrl   a linked photo, or null
 * @param photoType  the type of an uploaded photo, or null when none was uploaded
 * @param resolvedBy who resolved it
 * @param resolvedAt when
 */
public record Resolution(String feedback, String photoUrl, String photoType, String resolvedBy, Instant resolvedAt) {
    public Resolution {
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
    }

    /** Whether a photo was uploaded and is served by the API. */
    public boolean hasUploadedPhoto() {
        return photoType != null;
    }
}
