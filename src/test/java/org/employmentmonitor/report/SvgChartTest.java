package org.employmentmonitor.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgChartTest {
  @Test
  void ticksAreRoundAndCoverTheRange() {
    assertArrayEquals(new double[] {0, 10000, 20000, 30000}, SvgChart.ticks(0, 24000, true));
    assertArrayEquals(new double[] {0, 0.02, 0.04, 0.06}, SvgChart.ticks(0, 0.05, false), 1e-12);
    assertArrayEquals(new double[] {-500, 0, 500, 1000, 1500}, SvgChart.ticks(-300, 1500, true));
    double[] flat = SvgChart.ticks(0, 0, false);
    assertEquals(0, flat[0]);
    assertTrue(flat[flat.length - 1] >= 1);
  }

  @Test
  void wholeNumbersGetWholeTicks() {
    assertArrayEquals(new double[] {0, 1, 2, 3, 4}, SvgChart.ticks(0, 2, true));
    assertArrayEquals(new double[] {0, 5, 10}, SvgChart.ticks(0, 10, true));
    assertArrayEquals(new double[] {0, 2.5, 5, 7.5, 10}, SvgChart.ticks(0, 10, false));
  }

  @Test
  void aMissingMonthBreaksTheLine() {
    Double[] v = {1.0, 2.0, null, 4.0, 5.0};
    String svg =
        SvgChart.months(
            "t", List.of(new SvgChart.Series("实际", "#000", v, false)), x -> "" + x, null, true);
    assertEquals(2, svg.split("<polyline", -1).length - 1);
    assertEquals(4, svg.split("<circle", -1).length - 1);
  }

  @Test
  void labelsAreEscapedAndNoNamespaceUrlIsWritten() {
    Double[] v = {1.0, 2.0};
    String svg =
        SvgChart.months(
            "<b>&",
            List.of(new SvgChart.Series("实际", "#000", v, false)),
            x -> "<" + x,
            "<last>",
            false);
    assertTrue(svg.contains("<title>&lt;b&gt;&amp;</title>"));
    assertTrue(svg.contains("&lt;last&gt;"));
    assertFalse(svg.contains("http"));
    String bars = SvgChart.bars("b", List.of(new SvgChart.Bar("<镇>", -3, "-3人", "#c00")));
    assertTrue(bars.contains("&lt;镇&gt;"));
  }

  @Test
  void monthAxisRunsJanuaryToDecember() {
    Double[] v = {1.0};
    String svg =
        SvgChart.months(
            "t", List.of(new SvgChart.Series("a", "#000", v, false)), x -> "", null, true);
    assertTrue(svg.contains(">1月</text>"));
    assertTrue(svg.contains(">12月</text>"));
  }
}
