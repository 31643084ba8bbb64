package org.xueliang.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueliang.analytics.Point;

class ZonePolygonTest {
    private static final ZonePolygon TRIANGLE =
            new ZonePolygon(List.of(new Point(0.1, 0.9), new Point(0.5, 0.1), new Point(0.9, 0.9)));
    /** An L: the lower-left square plus a bar up the left side; the upper right is outside. */
    private static final ZonePolygon L_SHAPE = new ZonePolygon(List.of(
            new Point(0.0, 0.0), new Point(0.3, 0.0), new Point(0.3, 0.7), new Point(1.0, 0.7),
            new Point(1.0, 1.0), new Point(0.0, 1.0)));

    @ParameterizedTest(name = "triangle contains ({0}, {1}) = {2}")
    @CsvSource({
        "0.5, 0.5, true",
        "0.5, 0.85, true",
        "0.2, 0.2, false",
        "0.8, 0.2, false",
        "0.5, 0.95, false",
        "0.05, 0.5, false",
    })
    void triangle(double x, double y, boolean inside) {
        assertThat(TRIANGLE.contains(x, y)).isEqualTo(inside);
    }

    @ParameterizedTest(name = "L contains ({0}, {1}) = {2}")
    @CsvSource({
        "0.1, 0.1, true",
        "0.1, 0.9, true",
        "0.9, 0.9, true",
        "0.6, 0.3, false",
        "0.9, 0.1, false",
        "1.1, 0.9, false",
    })
    void concaveL(double x, double y, boolean inside) {
        assertThat(L_SHAPE.contains(new Point(x, y))).isEqualTo(inside);
    }

    @Test
    void rejectsDegenerateInput() {
        assertThatThrownBy(() -> new ZonePolygon(List.of(new Point(0, 0), new Point(1, 1))))
                .hasMessage("a polygon needs at least 3 points, got 2");
        assertThatThrownBy(() -> new ZonePolygon(List.of(new Point(0, 0), new Point(1, Double.NaN), new Point(1, 0))))
                .hasMessage("polygon point 1 must be finite, got Point[x=1.0, y=NaN]");
    }
}
