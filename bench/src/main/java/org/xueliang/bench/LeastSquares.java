package org.xueliang.bench;

/** The least-squares line through points: how fast one measure grows with another. */
final class LeastSquares {
    private LeastSquares() {
    }

    /**
     * The slope of the least-squares line through {@code (x[i], y[i])}.
     *
     * @throws IllegalArgumentException with fewer than two points or when all x are equal
     */
    static double slope(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("a slope needs two or more points with an x and a y each, got "
                    + x.length + " x and " + y.length + " y");
        }
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < x.length; i++) {
            meanX += x[i] / x.length;
            meanY += y[i] / y.length;
        }
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < x.length; i++) {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            variance += (x[i] - meanX) * (x[i] - meanX);
        }
        if (variance == 0) {
            throw new IllegalArgumentException("a slope needs two different x values");
        }
        return covariance / variance;
    }
}
