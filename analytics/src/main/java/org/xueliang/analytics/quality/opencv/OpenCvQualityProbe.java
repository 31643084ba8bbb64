package org.xueliang.analytics.quality.opencv;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_64F;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.absdiff;
import static org.bytedeco.opencv.global.opencv_core.countNonZero;
import static org.bytedeco.opencv.global.opencv_core.meanStdDev;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2Lab;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.Laplacian;
import static org.bytedeco.opencv.global.opencv_imgproc.THRESH_BINARY;
import static org.bytedeco.opencv.global.opencv_imgproc.TM_CCOEFF_NORMED;
import static org.bytedeco.opencv.global.opencv_imgproc.createHanningWindow;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.filter2D;
import static org.bytedeco.opencv.global.opencv_imgproc.matchTemplate;
import static org.bytedeco.opencv.global.opencv_imgproc.phaseCorrelate;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.bytedeco.opencv.global.opencv_imgproc.threshold;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.List;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point2d;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Size;
import org.xueliang.analytics.quality.QualityMetrics;
import org.xueliang.analytics.quality.QualityProbe;
import org.xueliang.ingest.VideoFrame;

/**
 * Measures a frame for the video-quality checks with OpenCV on a 320-pixel-wide copy: mean grey
 * level, variance of the Laplacian (detail), Immerkær's noise estimate, changed pixels against
 * the previous sample, flat grid cells, mean CIELAB a*b*, and, on a 64-pixel blurred thumbnail,
 * normalised correlation and phase-correlation shift against the reference view.
 *
 * <p>Buffers are reused between samples. Not thread-safe; close it with the channel.
 */
public final class OpenCvQualityProbe implements QualityProbe {
    private static final int WORK_WIDTH = 320;
    private static final int THUMB_WIDTH = 64;
    private static final int GRID_COLUMNS = 8;
    private static final int GRID_ROWS = 6;
    /** A grid cell whose grey levels vary less than this is flat. */
    private static final double FLAT_STDDEV = 4;
    /** Grey levels two samples may differ by without counting as changed (compression noise). */
    private static final double CHANGE_LEVEL = 6;

    private final Mat frame = new Mat();
    private final Mat small = new Mat();
    private final Mat grey = new Mat();
    private final Mat previous = new Mat();
    private final Mat work = new Mat();
    private final Mat lab = new Mat();
    private final Mat thumb = new Mat();
    private final Mat reference = new Mat();
    private final Mat window = new Mat();
    private final Mat mean = new Mat();
    private final Mat stddev = new Mat();
    private final Mat noiseKernel = new Mat(3, 3, CV_32F);
    private boolean hasPrevious;
    private boolean hasReference;

    public OpenCvQualityProbe() {
        float[] k = {1, -2, 1, -2, 4, -2, 1, -2, 1};
        ((FloatBuffer) noiseKernel.createBuffer()).put(k);
    }

    @Override
    public QualityMetrics measure(VideoFrame videoFrame) {
        prepare(videoFrame);
        double luma = meanOf(grey, 0);
        double changed = Double.NaN;
        if (hasPrevious && previous.cols() == grey.cols() && previous.rows() == grey.rows()) {
            absdiff(grey, previous, work);
            threshold(work, work, CHANGE_LEVEL, 255, THRESH_BINARY);
            changed = countNonZero(work) / (double) work.total();
        }
        grey.copyTo(previous);
        hasPrevious = true;
        cvtColor(small, lab, COLOR_BGR2Lab);
        double a = meanOf(lab, 1) - 128;
        double b = meanOf(lab, 2) - 128;
        double[] scene = compareWithReference();
        return new QualityMetrics(videoFrame.captureTime(), luma, sharpness(), noise(), changed, flatFraction(), a, b,
                scene[0], scene[1]);
    }

    @Override
    public void adoptReference() {
        thumb.copyTo(reference);
        hasReference = true;
    }

    @Override
    public void close() {
        for (Mat m : List.of(frame, small, grey, previous, work, lab, thumb, reference, window, mean, stddev, noiseKernel)) {
            m.close();
        }
    }

    private void prepare(VideoFrame videoFrame) {
        frame.create(videoFrame.height(), videoFrame.width(), CV_8UC3);
        frame.data().put(videoFrame.bgr());
        int height = Math.max(1, (int) Math.round(videoFrame.height() * WORK_WIDTH / (double) videoFrame.width()));
        try (Size size = new Size(WORK_WIDTH, height)) {
            resize(frame, small, size, 0, 0, INTER_AREA);
        }
        cvtColor(small, grey, COLOR_BGR2GRAY);
    }

    private double sharpness() {
        Laplacian(grey, work, CV_64F);
        meanStdDev(work, mean, stddev);
        double sd = ((DoubleBuffer) stddev.createBuffer()).get(0);
        return sd * sd;
    }

    /**
     * Immerkær (1996): the mean absolute response of a Laplacian-difference mask over the
     * interior, scaled to a standard deviation. Edges add to it as well, which is why the judge
     * compares it with the channel's own baseline.
     */
    private double noise() {
        filter2D(grey, work, CV_32F, noiseKernel);
        int w = work.cols();
        int h = work.rows();
        float[] response = new float[w * h];
        ((FloatBuffer) work.createBuffer()).get(response);
        double sum = 0;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                sum += Math.abs(response[y * w + x]);
            }
        }
        return Math.sqrt(Math.PI / 2) * sum / (6.0 * (w - 2) * (h - 2));
    }

    private double flatFraction() {
        int flat = 0;
        int cw = grey.cols() / GRID_COLUMNS;
        int ch = grey.rows() / GRID_ROWS;
        for (int r = 0; r < GRID_ROWS; r++) {
            for (int c = 0; c < GRID_COLUMNS; c++) {
                try (Rect cell = new Rect(c * cw, r * ch, cw, ch); Mat roi = grey.apply(cell)) {
                    meanStdDev(roi, mean, stddev);
                    if (((DoubleBuffer) stddev.createBuffer()).get(0) < FLAT_STDDEV) {
                        flat++;
                    }
                }
            }
        }
        return flat / (double) (GRID_COLUMNS * GRID_ROWS);
    }

    /** @return correlation and shift against the reference view, NaN without one */
    private double[] compareWithReference() {
        int height = Math.max(1, grey.rows() * THUMB_WIDTH / grey.cols());
        try (Size size = new Size(THUMB_WIDTH, height); Size blur = new Size(3, 3); Mat shrunk = new Mat()) {
            resize(grey, shrunk, size, 0, 0, INTER_AREA);
            GaussianBlur(shrunk, shrunk, blur, 0);
            shrunk.convertTo(thumb, CV_32F);
        }
        if (!hasReference || reference.cols() != thumb.cols() || reference.rows() != thumb.rows()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double correlation;
        try (Mat result = new Mat()) {
            matchTemplate(thumb, reference, result, TM_CCOEFF_NORMED);
            correlation = ((FloatBuffer) result.createBuffer()).get(0);
        }
        if (window.cols() != thumb.cols() || window.rows() != thumb.rows()) {
            try (Size size = thumb.size()) {
                createHanningWindow(window, size, CV_32F);
            }
        }
        // phaseCorrelate multiplies its inputs by the window in place when their size needs no
        // padding (64x48 needs none): it gets copies, else the reference would decay sample by sample
        try (Mat ref = reference.clone(); Mat now = thumb.clone();
                Point2d shift = phaseCorrelate(ref, now, window, (DoublePointer) null)) {
            return new double[] {correlation, Math.hypot(shift.x(), shift.y()) / THUMB_WIDTH};
        }
    }

    private double meanOf(Mat m, int channel) {
        meanStdDev(m, mean, stddev);
        return ((DoubleBuffer) mean.createBuffer()).get(channel);
    }
}
