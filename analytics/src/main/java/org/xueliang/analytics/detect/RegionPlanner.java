package org.xueliang.analytics.detect;

import java.util.ArrayList;
import java.util.List;
import org.xueliang.analytics.Box;

/**
 * Turns motion and track boxes into the few regions a detector searches: each box padded and
 * grown to a minimum size, overlapping regions merged into their bounding box until none
 * overlap, too many replaced by one bounding box, and a set covering most of the frame replaced
 * by the whole frame. Pure.
 */
public final class RegionPlanner {
    /** Regions covering more of the frame than this are searched as one whole frame. */
    private static final double WHOLE_FRAME_ABOVE = 0.7;

    private final GatingConfig config;

    public RegionPlanner(GatingConfig config) {
        this.config = config;
    }

    /**
     * @param seeds  normalised boxes around which to search
     * @param aspect frame width over height, to make the minimum side square in pixels
     * @return non-overlapping normalised regions inside the frame; empty for no seeds
     */
    public List<Box> plan(List<Box> seeds, double aspect) {
        List<Box> regions = new ArrayList<>(seeds.size());
        for (Box seed : seeds) {
            regions.add(clamp(grow(pad(seed), aspect)));
        }
        regions = merge(regions);
        if (regions.size() > config.maxRegions()) {
            regions = List.of(bounding(regions));
        }
        double area = regions.stream().mapToDouble(b -> b.width() * b.height()).sum();
        if (area > WHOLE_FRAME_ABOVE) {
            return List.of(ObjectDetector.WHOLE_FRAME);
        }
        return regions;
    }

    private Box pad(Box b) {
        double px = b.width() * config.padding();
        double py = b.height() * config.padding();
        return new Box(b.x() - px, b.y() - py, b.width() + 2 * px, b.height() + 2 * py);
    }

    private Box grow(Box b, double aspect) {
        double minH = config.minRegionSide();
        double minW = Math.min(1, minH / aspect);
        double w = Math.max(b.width(), minW);
        double h = Math.max(b.height(), minH);
        return new Box(b.x() + b.width() / 2 - w / 2, b.y() + b.height() / 2 - h / 2, w, h);
    }

    /** Keeps the region's size where possible by shifting it back inside the frame. */
    private static Box clamp(Box b) {
        double w = Math.min(1, b.width());
        double h = Math.min(1, b.height());
        double x = Math.max(0, Math.min(1 - w, b.x()));
        double y = Math.max(0, Math.min(1 - h, b.y()));
        return new Box(x, y, w, h);
    }

    private static List<Box> merge(List<Box> boxes) {
        List<Box> regions = new ArrayList<>(boxes);
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int i = 0; i < regions.size() && !merged; i++) {
                for (int j = i + 1; j < regions.size(); j++) {
                    if (overlap(regions.get(i), regions.get(j))) {
                        Box union = bounding(List.of(regions.get(i), regions.get(j)));
                        regions.remove(j);
                        regions.set(i, union);
                        merged = true;
                        break;
                    }
                }
            }
        }
        return regions;
    }

    private static boolean overlap(Box a, Box b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
                && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }

    private static Box bounding(List<Box> boxes) {
        double x1 = 1;
        double y1 = 1;
        double x2 = 0;
        double y2 = 0;
        for (Box b : boxes) {
            x1 = Math.min(x1, b.x());
            y1 = Math.min(y1, b.y());
            x2 = Math.max(x2, b.x() + b.width());
            y2 = Math.max(y2, b.y() + b.height());
        }
        return new Box(x1, y1, x2 - x1, y2 - y1);
    }
}
