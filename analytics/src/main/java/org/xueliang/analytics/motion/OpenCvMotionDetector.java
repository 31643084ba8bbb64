package org.xueliang.analytics.motion;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.absdiff;
import static org.bytedeco.opencv.global.opencv_core.addWeighted;
import static org.bytedeco.opencv.global.opencv_core.convertScaleAbs;
import static org.bytedeco.opencv.global.opencv_core.countNonZero;
import static org.bytedeco.opencv.global.opencv_core.max;
import static org.bytedeco.opencv.global.opencv_core.subtract;
import static org.bytedeco.opencv.global.opencv_imgproc.CHAIN_APPROX_SIMPLE;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.RETR_EXTERNAL;
import static org.bytedeco.opencv.global.opencv_imgproc.THRESH_BINARY;
import static org.bytedeco.opencv.global.opencv_imgproc.accumulateWeighted;
import static org.bytedeco.opencv.global.opencv_imgproc.boundingRect;
import static org.bytedeco.opencv.global.opencv_imgproc.contourArea;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.dilate;
import static org.bytedeco.opencv.global.opencv_imgproc.erode;
import static org.bytedeco.opencv.global.opencv_imgproc.findContours;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.bytedeco.opencv.global.opencv_imgproc.threshold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.analytics.Box;
import org.xueliang.ingest.VideoFrame;

/**
 * Motion by running-average background subtraction on a small grey image: shrink and convert
 * to grey, blur, compare with a {@code CV_32F} running average, threshold, dilate, outline.
 *
 * <p>The background starts as the per-pixel median of the first
 * {@link MotionConfig#warmupFrames()} frames (again after a frame size change), so that people
 * passing at start-up leave no ghosts; no motion is reported meanwhile.
 *
 * <p>When more than {@link MotionConfig#recalibrationFraction()} of the picture changes at once
 * (lights switched, camera gain or IR-cut jump) the change is not motion: the background is
 * replaced by the current picture and follows it for {@link MotionConfig#recalibrationFrames()}
 * frames, during which no motion is reported.
 *
 * <p>A camera shaking on its mount moves the whole picture, and every edge of the scene would
 * look like motion. With {@link MotionConfig#maxShake()} above 0 the shift of each picture
 * against the background is measured ({@link ShakeCompensator}, leaving out what moved on the
 * previous frame) and, when it is large enough to matter, the picture is moved back before it
 * is compared and learnt, and compared with the range of the background within half a pixel,
 * which absorbs what is left of the shift. The warm-up pictures are aligned the same way. A
 * shift larger than {@code maxShake} is a camera move: the background is reset as for a global
 * change.
 *
 * <p>All buffers are allocated once per frame size and reused, so a running detector allocates
 * no native memory per frame apart from the short-lived contour list. Not thread-safe: one
 * channel, one thread at a time.
 */
public final class OpenCvMotionDetector implements MotionDetector {
    private static final Logger LOG = LoggerFactory.getLogger(OpenCvMotionDetector.class);

    private final MotionConfig config;
    private final Mat frame = new Mat();
    private final Mat smallBgr = new Mat();
    private final Mat grey = new Mat();
    private final Mat blurred = new Mat();
    private final Mat background = new Mat();
    private final Mat background8 = new Mat();
    private final Mat diff = new Mat();
    private final Mat mask = new Mat();
    private final Mat aligned = new Mat();
    private final Mat backgroundHigh = new Mat();
    private final Mat backgroundLow = new Mat();
    private final Mat below = new Mat();
    private final Scalar clear = new Scalar(0.0);
    private final ShakeCompensator shake = new ShakeCompensator();
    /** Empty kernel: OpenCV then dilates with a 3x3 rectangle. */
    private final Mat kernel = new Mat();
    private final Size blurSize;
    /** Working pixels of shift from which compensation starts. */
    private final double noticeableShift;
    private Size workingSize;
    private int frameWidth;
    private int frameHeight;
    private int calibrationFramesLeft;
    /** Collects the first frames of a (new) size; null once the background stands. */
    private MedianBackground warmUp;
    private boolean maskValid;
    private boolean closed;

    /** @param config detector settings */
    public OpenCvMotionDetector(MotionConfig config) {
        this.config = config;
        this.blurSize = new Size(config.blurKernel(), config.blurKernel());
        this.noticeableShift = ShakeCompensator.noticeableShift(config.blurKernel(), config.pixelThreshold());
    }

    @Override
    public MotionResult detect(VideoFrame videoFrame) {
        if (closed) {
            throw new IllegalStateException("motion detector of channel " + videoFrame.channelId() + " is closed");
        }
        if (prepare(videoFrame)) {
            warmUp = new MedianBackground(config.warmupFrames(), workingSize.area());
            calibrationFramesLeft = 0;
        }
        if (warmUp != null) {
            return continueWarmUp();
        }
        if (calibrationFramesLeft > 0) {
            // the background follows the picture until the scene has settled
            calibrationFramesLeft--;
            return resetBackground(0, CameraShift.NONE);
        }
        convertScaleAbs(background, background8);
        CameraShift measured = compensating() ? shake.measure(background, blurred, maskValid ? mask : null)
                : CameraShift.NONE;
        if (measured.length() > maxShakePixels()) {
            LOG.debug("channel {}: the picture moved by {} px at once, taking it as a camera move and recalibrating",
                    videoFrame.channelId(), Math.round(inFrame(measured).length()));
            calibrationFramesLeft = config.recalibrationFrames();
            return resetBackground(0, inFrame(measured));
        }
        // a shift too small to matter is left alone: the picture is then compared as it is, with
        // full sensitivity, rather than blurred by the interpolation of aligning it
        return subtractBackground(videoFrame.channelId(),
                measured.length() >= noticeableShift ? measured : CameraShift.NONE);
    }

    /**
     * Compares the picture, moved back by the shift, with the background, finds the blobs and
     * lets the background learn from the picture.
     */
    private MotionResult subtractBackground(String channelId, CameraShift shift) {
        boolean aligning = !shift.equals(CameraShift.NONE);
        try (Rect inside = ShakeCompensator.overlap(shift, workingSize.width(), workingSize.height(),
                config.blurKernel() / 2)) {
            Mat compared = blurred;
            if (aligning) {
                shake.align(blurred, shift, aligned);
                compared = aligned;
            }
            double changed = compare(compared, inside, aligning);
            if (changed > config.recalibrationFraction()) {
                LOG.debug("channel {}: {}% of the picture changed at once, recalibrating the motion background",
                        channelId, Math.round(changed * 100));
                calibrationFramesLeft = config.recalibrationFrames();
                return resetBackground(changed, inFrame(shift));
            }
            for (int i = 0; i < config.dilateIterations(); i++) {
                dilate(mask, mask, kernel);
            }
            maskValid = true;
            try (Mat learnt = compared.apply(inside); Mat learning = background.apply(inside)) {
                accumulateWeighted(learnt, learning, config.backgroundAlpha());
            }
            return new MotionResult(findBlobs(), changed, false, inFrame(shift));
        }
    }

    @Override
    public MotionMask motionMask() {
        if (workingSize == null) {
            return new MotionMask(0, 0, new byte[0]);
        }
        byte[] pixels = new byte[workingSize.width() * workingSize.height()];
        if (maskValid) {
            mask.data().get(pixels);
        }
        return new MotionMask(workingSize.width(), workingSize.height(), pixels);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Mat m : List.of(frame, smallBgr, grey, blurred, background, background8, diff, mask, aligned,
                backgroundHigh, backgroundLow, below, kernel)) {
            m.close();
        }
        shake.close();
        clear.close();
        blurSize.close();
        if (workingSize != null) {
            workingSize.close();
        }
    }

    /**
     * Copies the frame into native memory and leaves the blurred grey working image in
     * {@link #blurred}.
     *
     * @return whether the frame size differs from the previous frame's
     */
    private boolean prepare(VideoFrame videoFrame) {
        boolean sizeChanged = videoFrame.width() != frameWidth || videoFrame.height() != frameHeight;
        if (sizeChanged) {
            allocate(videoFrame.width(), videoFrame.height());
        }
        frame.data().put(videoFrame.bgr());
        // Measured at 640x480 -> 160x120 on the build machine: bilinear shrink of BGR then grey
        // 40 us; nearest 19 us; INTER_AREA on BGR 250 us; grey at full size then INTER_AREA
        // 155 us. Bilinear aliasing is removed by the blur that follows.
        resize(frame, smallBgr, workingSize, 0, 0, INTER_LINEAR);
        cvtColor(smallBgr, grey, COLOR_BGR2GRAY);
        if (config.blurKernel() > 1) {
            GaussianBlur(grey, blurred, blurSize, 0);
        } else {
            grey.copyTo(blurred);
        }
        return sizeChanged;
    }

    private void allocate(int width, int height) {
        frameWidth = width;
        frameHeight = height;
        frame.create(height, width, CV_8UC3);
        int workingHeight = Math.min(config.workingHeight(), height);
        int workingWidth = Math.max(1, (int) Math.round(width * (double) workingHeight / height));
        if (workingSize != null) {
            workingSize.close();
        }
        workingSize = new Size(workingWidth, workingHeight);
    }

    private boolean compensating() {
        return config.maxShake() > 0;
    }

    private double maxShakePixels() {
        return config.maxShake() * workingSize.width();
    }

    private CameraShift inFrame(CameraShift working) {
        return working.scaled(frameWidth / (double) workingSize.width());
    }

    /**
     * Thresholds the difference of the picture to the background inside {@code inside} into
     * {@link #mask}; outside it the mask is clear.
     *
     * @param aligned whether the picture was moved back by a measured shake
     * @return the changed fraction of the working picture
     */
    private double compare(Mat compared, Rect inside, boolean aligned) {
        if (aligned) {
            // What is left of a compensated shake is a fraction of a pixel, enough to move a strong
            // edge by more than the threshold: a pixel changes only when it leaves the range of
            // the background within half a pixel of it.
            dilate(background8, backgroundHigh, kernel);
            addWeighted(background8, 0.5, backgroundHigh, 0.5, 0, backgroundHigh);
            erode(background8, backgroundLow, kernel);
            addWeighted(background8, 0.5, backgroundLow, 0.5, 0, backgroundLow);
            subtract(compared, backgroundHigh, diff);
            subtract(backgroundLow, compared, below);
            max(diff, below, diff);
        } else {
            absdiff(compared, background8, diff);
        }
        mask.create(diff.rows(), diff.cols(), CV_8UC1);
        mask.put(clear);
        try (Mat d = diff.apply(inside); Mat m = mask.apply(inside)) {
            threshold(d, m, config.pixelThreshold(), 255, THRESH_BINARY);
        }
        return countNonZero(mask) / (double) mask.total();
    }

    /**
     * Adds the picture to the warm-up median. With shake compensation each picture is first
     * aligned to the first one, so that a camera shaking during the warm-up still gives a sharp
     * background; a picture moved further than {@link MotionConfig#maxShake()} starts the
     * warm-up again from itself.
     */
    private MotionResult continueWarmUp() {
        Mat picture = blurred;
        if (compensating()) {
            CameraShift shift = warmUp.isEmpty() ? null : shake.measure(background, blurred, null);
            if (shift == null || shift.length() > maxShakePixels()) {
                warmUp = new MedianBackground(config.warmupFrames(), workingSize.area());
                blurred.convertTo(background, CV_32F);
            } else {
                shake.align(blurred, shift, aligned);
                picture = aligned;
            }
        }
        byte[] pixels = new byte[workingSize.area()];
        picture.data().get(pixels);
        warmUp.add(pixels);

        if (warmUp.isComplete()) {
            background8.create(workingSize.height(), workingSize.width(), CV_8UC1);
            background8.data().put(warmUp.median());
            background8.convertTo(background, CV_32F);
            warmUp = null;
        }
        maskValid = false;
        return MotionResult.calibrating(0, CameraShift.NONE);
    }

    private MotionResult resetBackground(double changedFraction, CameraShift shake) {
        blurred.convertTo(background, CV_32F);
        maskValid = false;
        return MotionResult.calibrating(changedFraction, shake);
    }

    private List<MotionBlob> findBlobs() {
        double width = mask.cols();
        double height = mask.rows();
        double frameArea = width * height;
        List<MotionBlob> blobs = new ArrayList<>();
        try (MatVector contours = new MatVector()) {
            findContours(mask, contours, RETR_EXTERNAL, CHAIN_APPROX_SIMPLE);
            for (long i = 0; i < contours.size(); i++) {
                try (Mat contour = contours.get(i)) {
                    double area = contourArea(contour) / frameArea;
                    if (area < config.minBlobArea()) {
                        continue;
                    }
                    try (Rect r = boundingRect(contour)) {
                        Box box = new Box(r.x() / width, r.y() / height, r.width() / width, r.height() / height);
                        blobs.add(new MotionBlob(box, area));
                    }
                }
            }
        }
        blobs.sort(Comparator.comparingDouble(MotionBlob::area).reversed());
        return blobs;
    }
}
