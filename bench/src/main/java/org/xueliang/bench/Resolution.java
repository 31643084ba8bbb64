package org.xueliang.bench;

/** An input picture size of the load benchmarks, named by its height as cameras are (576, 1080). */
record Resolution(int width, int height) {
    static Resolution parse(String height) {
        return switch (height) {
            case "576" -> new Resolution(704, 576);
            case "1080" -> new Resolution(1920, 1080);
            default -> throw new IllegalArgumentException("resolution must be 576 (704x576) or 1080 (1920x1080), got '"
                    + height + "'");
        };
    }

    /** Where the capacity search starts when not told: a guess for a 2-core machine. */
    int defaultStartCount() {
        return height <= 576 ? 40 : 10;
    }

    String label() {
        return width + "x" + height;
    }
}
