package org.xueliang.analytics.motion;

import static org.bytedeco.opencv.global.opencv_core.BORDER_REPLICATE;
import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_64F;
import static org.bytedeco.opencv.global.opencv_core.absdiff;
import static org.bytedeco.opencv.global.opencv_core.mean;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.WARP_INVERSE_MAP;
import static org.bytedeco.opencv.global.opencv_imgproc.phaseCorrelateIterative;
import static org.bytedeco.opencv.global.opencv_imgproc.warpAffine;

import org.bytedeco.javacpp.indexer.DoubleIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point2d;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Camera-shake compensation for background subtraction. A mount swaying in wind moves the whole
 * picture by a few pixels, and against a fixed background every edge of the scene then looks
 * like motion. The shift of the picture against the background is measured by phase correlation:
 * the peak of the normalised cross-power spectrum, which a change of brightness does not move and
 * a person covering a small part of the picture hardly does, located to a fraction of a pixel by
 * OpenCV's iterative refinement (the plain centroid of the peak was off by up to a quarter of a
 * working pixel on the test scenes, a full pixel at 640 wide). The picture is then moved back by
 * that shift with sub-pixel interpolation, so that each pixel is compared with the same point of
 * the scene; the rows and columns that moved in from outside the picture are not compared
 * ({@link #overlap}). A peak is only taken for a shift when moving the picture back by it brings
 * the picture clearly closer to the background across much of the picture: a shake moves
 * everything, a walker or a car only itself. This keeps two kinds of scene from being taken for a
 * moving camera: one that repeats itself (paving stones, a fence, a tiled wall), which correlates
 * about as well at a whole period as at none, and one with nothing fixed to anchor the estimate
 * (a test pattern, a dark night scene), where the only peak is the moving object's own.
 *
 * <p>Buffers are allocated once per picture size. Not thread-safe.
 */
final class ShakeCompensator implements AutoCloseable {
    /** The picture is judged in GRID x GRID cells. */
    static final int GRID = 4;
    /** A cell differing from the background by less than this mean grey level did not change. */
    static final double CHANGED_LEVEL = 2.0;
    /**
     * Aligning must leave at most this fraction of a cell's mean difference from the background
     * for the cell to count as explained; a true shake leaves a small part of it.
     */
    static final double EXPLAINED_RATIO = 0.8;
    /**
     * A shake explains the change of at least this fraction of the cells that changed, and the
     * cells it explains are not all neighbours within two by two cells, where a single object
     * could have done it.
     */
    static final double MIN_EXPLAINED_FRACTION = 0.6;

    private final Mat reference32 = new Mat();
    private final Mat picture32 = new Mat();
    private final Mat shifted32 = new Mat();
    private final Mat difference = new Mat();
    /** Maps each aligned pixel to its place in the picture: [1 0 dx; 0 1 dy]. */
    private final Mat warp = new Mat(2, 3, CV_64F);
    private final Scalar border = new Scalar();
    private Size size;

    ShakeCompensator() {
        try (DoubleIndexer m = warp.createIndexer()) {
            m.put(0, 0, 1);
            m.put(0, 1, 0);
            m.put(1, 0, 0);
            m.put(1, 1, 1);
        }
    }

    /**
     * The smallest shift that can push a pixel of the blurred picture half-way to the threshold
     * (the other half is left to sensor and compression noise): the steepest edge there is a
     * full black-to-white step, whose slope after the Gaussian blur is
     * {@code 255 / (sigma * sqrt(2 pi))} grey levels per pixel (sigma as OpenCV derives it from
     * the kernel size). Below it, aligning would only add interpolation blur.
     *
     * @param blurKernel     side of the blur kernel, odd; 1 for none
     * @param pixelThreshold grey-level difference that counts as change
     * @return the shift in working pixels
     */
    static double noticeableShift(int blurKernel, int pixelThreshold) {
        double steepest = 255;
        if (blurKernel > 1) {
            double sigma = 0.3 * ((blurKernel - 1) * 0.5 - 1) + 0.8;
            steepest = 255 / (sigma * Math.sqrt(2 * Math.PI));
        }
        return pixelThreshold / 2.0 / steepest;
    }

    /**
     * @param background32 the background, single-channel {@code CV_32F}
     * @param picture8     the picture, single-channel 8-bit, the size of the background
     * @param moving       8-bit mask of where things moved on the previous picture, or null:
     *                     there the background stands in for the picture, so that people
     *                     walking do not pull the estimate along
     * @return how far the picture is shifted against the background, in its pixels
     */
    CameraShift measure(Mat background32, Mat picture8, Mat moving) {
        if (size == null || size.width() != picture8.cols() || size.height() != picture8.rows()) {
            if (size != null) {
                size.close();
            }
            size = new Size(picture8.cols(), picture8.rows());
        }
        // OpenCV's phase correlation may work in its inputs' memory: give it copies
        background32.copyTo(reference32);
        picture8.convertTo(picture32, CV_32F);
        if (moving != null) {
            background32.copyTo(picture32, moving);
        }
        if (!changeIsSpread()) {
            // no shift could be accepted (see explainsTheChange): spare the phase correlation
            return CameraShift.NONE;
        }
        CameraShift peak;
        try (Point2d found = phaseCorrelateIterative(reference32, picture32)) {
            peak = new CameraShift(found.x(), found.y());
        }
        return explainsTheChange(peak) ? peak : CameraShift.NONE;
    }

    /**
     * Whether moving the picture back by the shift makes it clearly closer to the background in
     * enough of the picture's cells, compared where both versions of the picture are defined.
     */
    private boolean explainsTheChange(CameraShift shift) {
        if (shift.equals(CameraShift.NONE)) {
            return true;
        }
        align(picture32, shift, shifted32);
        int changed = 0;
        int explained = 0;
        int top = GRID;
        int bottom = -1;
        int left = GRID;
        int right = -1;
        try (Rect inside = overlap(shift, size.width(), size.height(), 0)) {
            for (int row = 0; row < GRID; row++) {
                for (int column = 0; column < GRID; column++) {
                    try (Rect cell = cell(inside, row, column)) {
                        double asItIs = meanDifference(picture32, cell);
                        if (asItIs < CHANGED_LEVEL) {
                            continue;
                        }
                        changed++;
                        if (meanDifference(shifted32, cell) <= asItIs * EXPLAINED_RATIO) {
                            explained++;
                            top = Math.min(top, row);
                            bottom = Math.max(bottom, row);
                            left = Math.min(left, column);
                            right = Math.max(right, column);
                        }
                    }
                }
            }
        }
        boolean spread = bottom - top >= 2 || right - left >= 2;
        return spread && explained >= changed * MIN_EXPLAINED_FRACTION;
    }

    /**
     * Whether the cells that differ from the background span three rows or three columns: the
     * cells a shift explains are among them, so a change within two by two cells (a walker, a
     * car, or nothing at all) can never be taken for a shake, and needs no measuring.
     */
    private boolean changeIsSpread() {
        int top = GRID;
        int bottom = -1;
        int left = GRID;
        int right = -1;
        try (Rect inside = overlap(CameraShift.NONE, size.width(), size.height(), 0)) {
            for (int row = 0; row < GRID; row++) {
                for (int column = 0; column < GRID; column++) {
                    try (Rect cell = cell(inside, row, column)) {
                        if (meanDifference(picture32, cell) >= CHANGED_LEVEL) {
                            top = Math.min(top, row);
                            bottom = Math.max(bottom, row);
                            left = Math.min(left, column);
                            right = Math.max(right, column);
                        }
                    }
                }
            }
        }
        return bottom - top >= 2 || right - left >= 2;
    }

    private static Rect cell(Rect inside, int row, int column) {
        int x0 = inside.x() + inside.width() * column / GRID;
        int x1 = inside.x() + inside.width() * (column + 1) / GRID;
        int y0 = inside.y() + inside.height() * row / GRID;
        int y1 = inside.y() + inside.height() * (row + 1) / GRID;
        return new Rect(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
    }

    private double meanDifference(Mat picture, Rect inside) {
        try (Mat part = picture.apply(inside); Mat reference = reference32.apply(inside)) {
            absdiff(part, reference, difference);
            try (Scalar average = mean(difference)) {
                return average.get(0);
            }
        }
    }

    /**
     * Moves the picture back by the shift: {@code aligned(x, y) = picture(x + dx, y + dy)}.
     *
     * @param picture the picture measured last, or any picture of its size
     * @param shift   its shift
     * @param moved   receives the aligned picture, the picture's size and type
     */
    void align(Mat picture, CameraShift shift, Mat moved) {
        try (DoubleIndexer m = warp.createIndexer()) {
            m.put(0, 2, shift.dx());
            m.put(1, 2, shift.dy());
        }
        warpAffine(picture, moved, warp, size, INTER_LINEAR | WARP_INVERSE_MAP, BORDER_REPLICATE, border);
    }

    /**
     * The part of a picture aligned by {@code shift} that can be compared with the background:
     * without the rows and columns that came from outside the picture, and without a further
     * {@code margin} on every side, where the blur had mirrored the picture's own edge.
     *
     * @return the whole picture for {@link CameraShift#NONE}
     */
    static Rect overlap(CameraShift shift, int width, int height, int margin) {
        if (shift.equals(CameraShift.NONE)) {
            return new Rect(0, 0, width, height);
        }
        int left = margin + (int) Math.ceil(Math.max(0, -shift.dx()));
        int right = margin + (int) Math.ceil(Math.max(0, shift.dx()));
        int top = margin + (int) Math.ceil(Math.max(0, -shift.dy()));
        int bottom = margin + (int) Math.ceil(Math.max(0, shift.dy()));
        return new Rect(Math.min(left, width - 1), Math.min(top, height - 1), Math.max(1, width - left - right),
                Math.max(1, height - top - bottom));
    }

    @Override
    public void close() {
        reference32.close();
        picture32.close();
        shifted32.close();
        difference.close();
        warp.close();
        border.close();
        if (size != null) {
            size.close();
        }
    }
}
