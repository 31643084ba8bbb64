package org.xueliang.analytics.snapshot;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.addWeighted;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_JPEG_QUALITY;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_8;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_AA;
import static org.bytedeco.opencv.global.opencv_imgproc.fillPoly;
import static org.bytedeco.opencv.global.opencv_imgproc.polylines;
import static org.bytedeco.opencv.global.opencv_imgproc.rectangle;

import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.Point;
import org.xueliang.ingest.VideoFrame;

/**
 * Draws a zone and the boxes that made its rule fire onto a copy of the frame and encodes it as
 * JPEG: the picture an operator sees with the alert.
 *
 * <p>The zone gets a light yellow fill and a yellow outline, boxes a red outline; line width
 * grows with the frame so that marks survive JPEG chroma subsampling. Stateless and thread-safe;
 * all native memory is released before returning.
 */
public final class SnapshotAnnotator {
    /** JPEG quality used by {@link #SnapshotAnnotator()}. */
    public static final int DEFAULT_JPEG_QUALITY = 80;
    private static final double[] ZONE_BGR = {0, 255, 255};
    private static final double[] BOX_BGR = {0, 0, 255};

    private static final double FILL_OPACITY = 0.2;

    private final int jpegQuality;

    /** An annotator writing JPEG at quality {@value #DEFAULT_JPEG_QUALITY}. */
    public SnapshotAnnotator() {
        this(DEFAULT_JPEG_QUALITY);
    }

    /** @param jpegQuality JPEG quality, 1..100 */
    public SnapshotAnnotator(int jpegQuality) {
        if (jpegQuality < 1 || jpegQuality > 100) {
            throw new IllegalArgumentException("JPEG quality must be between 1 and 100, got " + jpegQuality);
        }
        this.jpegQuality = jpegQuality;
    }

    /**
     * @param frame   the frame; its pixels are not modified
     * @param polygon the zone in normalised coordinates; may be empty to draw boxes only
     * @param boxes   boxes in normalised coordinates
     * @return the annotated frame as JPEG
     * @throws SnapshotEncodingException when OpenCV cannot encode the picture
     */
    public byte[] annotate(VideoFrame frame, List<Point> polygon, List<Box> boxes) {
        return annotate(frame, polygon, true, boxes);
    }

    /**
     * @param frame   the frame; its pixels are not modified
     * @param outline a zone (closed, at least three points, filled lightly) or a line (open, at
     *                least two points, not filled) in normalised coordinates; may be empty
     * @param closed  whether the outline is a closed zone
     * @param boxes   boxes in normalised coordinates
     * @return the annotated frame as JPEG
     * @throws SnapshotEncodingException when OpenCV cannot encode the picture
     */
    public byte[] annotate(VideoFrame frame, List<Point> outline, boolean closed, List<Box> boxes) {
        try (Mat picture = new Mat(frame.height(), frame.width(), CV_8UC3)) {
            picture.data().put(frame.bgr());
            int thickness = Math.max(2, Math.round(Math.min(frame.width(), frame.height()) / 160f));
            if (closed && outline.size() >= 3) {
                drawZone(picture, outline, thickness);
            } else if (!closed && outline.size() >= 2) {
                drawLine(picture, outline, thickness);
            }
            try (Scalar red = colour(BOX_BGR)) {
                for (Box b : boxes) {
                    drawBox(picture, b, red, thickness);
                }
            }
            return encode(picture, frame);
        }
    }

    private static void drawZone(Mat picture, List<Point> polygon, int thickness) {
        int[] vertexCount = {polygon.size()};
        try (org.bytedeco.opencv.opencv_core.Point vertices = vertices(picture, polygon);
                Scalar yellow = colour(ZONE_BGR);
                Mat overlay = picture.clone()) {
            fillPoly(overlay, vertices, vertexCount, 1, yellow);
            addWeighted(overlay, FILL_OPACITY, picture, 1 - FILL_OPACITY, 0, picture);
            polylines(picture, vertices, vertexCount, 1, true, yellow, thickness, LINE_AA, 0);
        }
    }

    private static void drawLine(Mat picture, List<Point> line, int thickness) {
        int[] vertexCount = {line.size()};
        try (org.bytedeco.opencv.opencv_core.Point vertices = vertices(picture, line); Scalar yellow = colour(ZONE_BGR)) {
            polylines(picture, vertices, vertexCount, 1, false, yellow, thickness, LINE_AA, 0);
        }
    }

    /**
     * @param frame a picture, for example a crop of a track's best view
     * @return the picture as JPEG, unmarked
     * @throws SnapshotEncodingException when OpenCV cannot encode the picture
     */
    public byte[] encode(VideoFrame frame) {
        try (Mat picture = new Mat(frame.height(), frame.width(), CV_8UC3)) {
            picture.data().put(frame.bgr());
            return encode(picture, frame);
        }
    }

    private static void drawBox(Mat picture, Box b, Scalar colour, int thickness) {
        int x1 = toPixel(b.x(), picture.cols());
        int y1 = toPixel(b.y(), picture.rows());
        int x2 = toPixel(b.x() + b.width(), picture.cols());
        int y2 = toPixel(b.y() + b.height(), picture.rows());
        try (org.bytedeco.opencv.opencv_core.Point topLeft = new org.bytedeco.opencv.opencv_core.Point(x1, y1);
                org.bytedeco.opencv.opencv_core.Point bottomRight =
                        new org.bytedeco.opencv.opencv_core.Point(x2, y2)) {
            rectangle(picture, topLeft, bottomRight, colour, thickness, LINE_8, 0);
        }
    }

    /** A native array of the polygon's vertices in pixels, ready for fillPoly/polylines. */
    private static org.bytedeco.opencv.opencv_core.Point vertices(Mat picture, List<Point> polygon) {
        org.bytedeco.opencv.opencv_core.Point vertices = new org.bytedeco.opencv.opencv_core.Point(polygon.size());
        for (int i = 0; i < polygon.size(); i++) {
            Point p = polygon.get(i);
            vertices.position(i).x(toPixel(p.x(), picture.cols())).y(toPixel(p.y(), picture.rows()));
        }
        return vertices.position(0);
    }

    private byte[] encode(Mat picture, VideoFrame frame) {
        try (BytePointer jpeg = new BytePointer();
                IntPointer params = new IntPointer(IMWRITE_JPEG_QUALITY, jpegQuality)) {
            if (!imencode(".jpg", picture, jpeg, params)) {
                throw new SnapshotEncodingException("OpenCV could not encode a " + frame.width() + "x"
                        + frame.height() + " snapshot of channel " + frame.channelId() + " as JPEG");
            }
            byte[] bytes = new byte[(int) jpeg.limit()];
            jpeg.get(bytes);
            return bytes;
        }
    }

    private static int toPixel(double normalised, int size) {
        long px = Math.round(normalised * size);
        return (int) Math.max(0, Math.min(size - 1, px));
    }

    private static Scalar colour(double[] bgr) {
        return new Scalar(bgr[0], bgr[1], bgr[2], 0);
    }
}
