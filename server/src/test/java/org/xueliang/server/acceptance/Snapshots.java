package org.xueliang.server.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;

/** Checks of an alert's snapshot as served by {@code GET /api/v1/alerts/{id}/snapshot}. */
final class Snapshots {
    private Snapshots() {
    }

    /** Fetches the snapshot at {@code path} and asserts a JPEG of {@code width} x {@code height}. */
    static void assertJpeg(ApiClient api, String path, int width, int height) throws IOException {
        HttpResponse<byte[]> response = api.getBytes(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        byte[] jpeg = response.body();
        assertThat(jpeg).as("snapshot of %d bytes", jpeg.length).hasSizeGreaterThan(1000)
                .startsWith((byte) 0xFF, (byte) 0xD8);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(image).as("the snapshot decodes as an image").isNotNull();
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }
}
