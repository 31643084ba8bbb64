package org.xueliang.analytics.motion;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_8U;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.absdiff;
import static org.bytedeco.opencv.global.opencv_core.bitwise_and;
import static org.bytedeco.opencv.global.opencv_core.bitwise_not;
import static org.bytedeco.opencv.global.opencv_core.countNonZero;
import static org.bytedeco.opencv.global.opencv_imgproc.CHAIN_APPROX_SIMPLE;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_CLOSE;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_OPEN;
import static org.bytedeco.opencv.global.opencv_imgproc.RETR_EXTERNAL;
import static org.bytedeco.opencv.global.opencv_imgproc.THRESH_BINARY;
import static org.bytedeco.opencv.global.opencv_imgproc.accumulateWeighted;
import static org.bytedeco.opencv.global.opencv_imgproc.boundingRect;
import static org.bytedeco.opencv.global.opencv_imgproc.contourArea;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.findContours;
import static org.bytedeco.opencv.global.opencv_imgproc.morphologyEx;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.bytedeco.opencv.global.opencv_imgproc.threshold;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.xueliang.analytics.Box;
import org.xueliang.ingest.VideoFrame;

/**
 * Finds what has changed in the scene and then stayed still: the input of the abandoned-object
 * and object-removed rules. Two running averages of a small grey picture are kept, a long-term
 * one (minutes) and a short-term one (seconds). A pixel is a static change when the short-term
 * background differs from the long-term one while the current picture matches the short-term
 * one: whatever is there has stopped moving. People walking by never match the short-term
 * background. Both backgrounds are learned from the per-pixel median of a few samples, at
 * start-up and whenever most of the picture differs from the long-term background at once
 * (lights switched, camera gain), so that nobody who happens to pass is learned as background.
 *
 * <p>The long-term background does not learn where a static change lies, so that an object
 * does not fade into it while the rule waits, until the change is older than
 * {@link StaticChangeConfig#absorbAfter()}. Whether something appeared or disappeared is told
 * by edges: a left object adds edges the background lacked, a removed one takes them away.
 *
 * <p>Samples once per {@link StaticChangeConfig#interval()} of capture time and returns the
 * last result in between. Not thread-safe; close it with the channel.
 */
public final class StaticChangeDetector implements AutoCloseable {
    private final StaticChangeConfig config;
    private final StaticChangeTracker tracker = new StaticChangeTracker();
    private final Mat frame = new Mat();
    private final Mat grey = new Mat();
    private final Mat current = new Mat();
    private final Mat longTerm = new Mat();
    private final Mat shortTerm = new Mat();
    private final Mat work = new Mat();
    private final Mat stable = new Mat();
    private final Mat changed = new Mat();
    private final Mat learnMask = new Mat();
    private final Mat kernel = new Mat();
    private Instant lastSample;
    private List<StaticChange> last = List.of();
    /** Collects the samples of a fresh background; null while the backgrounds stand. */
    private MedianBackground learning;

    public StaticChangeDetector(StaticChangeConfig config) {
        this.config = config;
    }

    /**
     * @param videoFrame the channel's next frame
     * @return the static changes that persist, as of the last sample
     */
    public List<StaticChange> update(VideoFrame videoFrame) {
        Instant time = videoFrame.captureTime();
        if (lastSample != null && !time.isBefore(lastSample)
                && Duration.between(lastSample, time).compareTo(config.interval()) < 0) {
            return last;
        }
        boolean restart = prepare(videoFrame) || lastSample == null || time.isBefore(lastSample);
        lastSample = time;
        if (restart || globalChange()) {
            relearn();
        }
        if (learning != null) {
            keepLearning();
            return last;
        }
        accumulateWeighted(current, shortTerm, alpha(config.shortTerm()));
        findStatic();
        last = tracker.update(blobs(), time, config.absorbAfter());
        learnLongTerm();
        return last;
    }

    @Override
    public void close() {
        for (Mat m : List.of(frame, grey, current, longTerm, shortTerm, work, stable, changed, learnMask, kernel)) {
            m.close();
        }
    }

    /** @return whether the frame size changed */
    private boolean prepare(VideoFrame videoFrame) {
        boolean resized = frame.cols() != videoFrame.width() || frame.rows() != videoFrame.height();
        frame.create(videoFrame.height(), videoFrame.width(), CV_8UC3);
        frame.data().put(videoFrame.bgr());
        int height = Math.min(config.workingHeight(), videoFrame.height());
        int width = Math.max(1, (int) Math.round(videoFrame.width() * height / (double) videoFrame.height()));
        try (Size size = new Size(width, height); Size blur = new Size(5, 5)) {
            resize(frame, work, size, 0, 0, INTER_AREA);
            cvtColor(work, grey, COLOR_BGR2GRAY);
            GaussianBlur(grey, grey, blur, 0);
        }
        grey.convertTo(current, CV_32F);
        return resized;
    }

    /** Starts learning both backgrounds afresh; nothing is reported meanwhile. */
    private void relearn() {
        learning = new MedianBackground(config.learnSamples(), grey.cols() * grey.rows());
        tracker.clear();
        last = List.of();
    }

    private void keepLearning() {
        byte[] pixels = new byte[grey.cols() * grey.rows()];
        grey.data().get(pixels);
        learning.add(pixels);
        if (learning.isComplete()) {
            work.create(grey.rows(), grey.cols(), CV_8U);
            work.data().put(learning.median());
            work.convertTo(longTerm, CV_32F);
            longTerm.copyTo(shortTerm);
            learning = null;
        }
    }

    /** @return whether most of the picture differs from the long-term background: lights, not objects */
    private boolean globalChange() {
        if (learning != null || longTerm.empty()) {
            return false;
        }
        absdiff(current, longTerm, work);
        work.convertTo(changed, CV_8U);
        threshold(changed, changed, config.pixelThreshold(), 255, THRESH_BINARY);
        return countNonZero(changed) > config.globalChange() * changed.total();
    }

    /** Leaves in {@link #changed} the pixels where the scene changed and then held still. */
    private void findStatic() {
        absdiff(shortTerm, longTerm, work);
        work.convertTo(changed, CV_8U);
        threshold(changed, changed, config.pixelThreshold(), 255, THRESH_BINARY);
        absdiff(current, shortTerm, work);
        work.convertTo(stable, CV_8U);
        threshold(stable, stable, config.pixelThreshold(), 255, THRESH_BINARY);
        bitwise_not(stable, stable);
        bitwise_and(changed, stable, changed);
        morphologyEx(changed, changed, MORPH_OPEN, kernel);
        morphologyEx(changed, changed, MORPH_CLOSE, kernel);
    }

    /** Learns the long-term background everywhere but where a young static change lies. */
    private void learnLongTerm() {
        bitwise_not(changed, learnMask);
        for (StaticChange c : last) {
            if (tracker.absorb(c.id())) {
                fill(learnMask, c.box());
            }
        }
        accumulateWeighted(current, longTerm, alpha(config.longTerm()), learnMask);
    }

    private List<StaticChangeTracker.Blob> blobs() {
        double w = changed.cols();
        double h = changed.rows();
        List<StaticChangeTracker.Blob> blobs = new ArrayList<>();
        try (MatVector contours = new MatVector()) {
            findContours(changed, contours, RETR_EXTERNAL, CHAIN_APPROX_SIMPLE);
            for (long i = 0; i < contours.size(); i++) {
                try (Mat contour = contours.get(i); Rect r = boundingRect(contour)) {
                    double area = contourArea(contour) / (w * h);
                    if (area >= config.minArea()) {
                        Box box = new Box(r.x() / w, r.y() / h, r.width() / w, r.height() / h);
                        blobs.add(new StaticChangeTracker.Blob(box, area, kind(r)));
                    }
                }
            }
        }
        return blobs;
    }

    private StaticChange.Kind kind(Rect r) {
        double now = EdgeEnergy.of(current, r);
        double before = EdgeEnergy.of(longTerm, r);
        return now >= before ? StaticChange.Kind.APPEARED : StaticChange.Kind.DISAPPEARED;
    }

    private void fill(Mat mask, Box box) {
        int x = (int) Math.floor(box.x() * mask.cols());
        int y = (int) Math.floor(box.y() * mask.rows());
        int w = Math.min(mask.cols() - x, (int) Math.ceil(box.width() * mask.cols()) + 1);
        int h = Math.min(mask.rows() - y, (int) Math.ceil(box.height() * mask.rows()) + 1);
        try (Rect r = new Rect(x, y, w, h); Mat roi = mask.apply(r); Scalar white = new Scalar(255.0)) {
            roi.put(white);
        }
    }

    private double alpha(Duration timeConstant) {
        return Math.min(1, config.interval().toMillis() / (double) timeConstant.toMillis());
    }
}
