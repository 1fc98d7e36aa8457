package org.employmentmonitor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Our own small SVG writer for the report's charts (issue 6: no JavaScript library, nothing
 * fetched): a line chart over the months of a year and a horizontal bar chart. Output is an inline
 * {@code <svg>} with a viewBox, so it scales with the page and prints sharp. Doubles are fine here:
 * charts only draw, the numbers shown next to them come from {@link Display}.
 */
public final class SvgChart {
  private SvgChart() {}

  /**
   * One line: {@code values[m-1]} is month m's value, null for a month without data (the line
   * breaks there).
   */
  public record Series(String label, String color, Double[] values, boolean dashed) {}

  static final int WIDTH = 360;

  /** Bar charts span the page: at about 1:1 on screen their labels keep the text size. */
  static final int BARS_WIDTH = 1000;

  static final int HEIGHT = 200;
  private static final int LEFT = 52;
  private static final int RIGHT = 12;
  private static final int TOP = 12;
  private static final int BOTTOM = 24;

  /**
   * A line chart over January..December: x is the month-end (0 = 1 January), y starts at zero (or
   * below, for negative values).
   *
   * @param axis formats a y-axis tick
   * @param lastLabel the text written next to the last point of the first series, or null
   * @param whole whether the values are whole numbers (persons): ticks are then whole too
   */
  public static String months(
      String title,
      List<Series> series,
      DoubleFunction<String> axis,
      String lastLabel,
      boolean whole) {
    double lo = 0;
    double hi = 0;
    for (Series s : series) {
      for (Double v : s.values()) {
        if (v != null) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    double[] ticks = ticks(lo, hi, whole);
    double y0 = ticks[0];
    double y1 = ticks[ticks.length - 1];
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    DoubleFunction<Double> x = m -> LEFT + plotW * m / 12.0;
    DoubleFunction<Double> y = v -> TOP + plotH * (1 - (v - y0) / (y1 - y0));

    StringBuilder b = open(title, HEIGHT);
    for (double t : ticks) {
      double ty = y.apply(t);
      b.append(line(LEFT, ty, WIDTH - RIGHT, ty, t == 0 ? "#888" : "#e2e2e2", 0.8, false));
      b.append(text(LEFT - 4, ty + 3, "end", "#555", axis.apply(t)));
    }
    for (int m = 1; m <= 12; m++) {
      b.append(text(x.apply(m), HEIGHT - 8, "middle", "#555", m + "月"));
    }
    double[] last = null;
    for (Series s : series) {
      List<String> runs = new ArrayList<>();
      StringBuilder run = new StringBuilder();
      Double[] v = s.values();
      for (int m = 1; m <= v.length; m++) {
        Double val = v[m - 1];
        if (val == null) {
          if (run.length() > 0) {
            runs.add(run.toString());
            run.setLength(0);
          }
          continue;
        }
        run.append(run.length() == 0 ? "" : " ").append(fmt(x.apply(m))).append(',');
        run.append(fmt(y.apply(val)));
        if (s == series.get(0)) {
          last = new double[] {x.apply(m), y.apply(val)};
        }
      }
      if (run.length() > 0) {
        runs.add(run.toString());
      }
      for (String points : runs) {
        b.append("<polyline fill=\"none\" stroke=\"")
            .append(s.color())
            .append("\" stroke-width=\"")
            .append(s.dashed() ? "1.5" : "2.2")
            .append('"')
            .append(s.dashed() ? " stroke-dasharray=\"5 4\"" : "")
            .append(" points=\"")
            .append(points)
            .append("\"/>");
        if (!s.dashed()) {
          for (String p : points.split(" ")) {
            String[] xy = p.split(",");
            b.append("<circle cx=\"")
                .append(xy[0])
                .append("\" cy=\"")
                .append(xy[1])
                .append("\" r=\"2.6\" fill=\"")
                .append(s.color())
                .append("\"/>");
          }
        }
      }
    }
    if (last != null && lastLabel != null) {
      boolean right = last[0] > WIDTH - RIGHT - 70;
      b.append(
          text(
              right ? last[0] - 5 : last[0] + 5,
              last[1] - 6,
              right ? "end" : "start",
              series.get(0).color(),
              lastLabel));
    }
    return b.append("</svg>").toString();
  }

  /** One bar: a label, the value drawn, the text written at its end, and its colour. */
  public record Bar(String label, double value, String text, String color) {}

  /** Horizontal bars, one per row, in the given order; negative values grow to the left. */
  public static String bars(String title, List<Bar> bars) {
    int row = 15;
    int height = TOP + bars.size() * row + 6;
    double lo = 0;
    double hi = 0;
    for (Bar bar : bars) {
      lo = Math.min(lo, bar.value());
      hi = Math.max(hi, bar.value());
    }
    if (hi == lo) {
      hi = lo + 1;
    }
    double labelW = 92;
    double textW = 70;
    double plotW = BARS_WIDTH - labelW - textW;
    double zero = labelW + plotW * (-lo) / (hi - lo);
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"chart bars\" viewBox=\"0 0 ")
        .append(BARS_WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"")
        .append(Html.esc(title))
        .append("\"><title>")
        .append(Html.esc(title))
        .append("</title>");
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double cy = TOP + i * row + row / 2.0;
      double w = plotW * Math.abs(bar.value()) / (hi - lo);
      double bx = bar.value() < 0 ? zero - w : zero;
      b.append(text(labelW - 6, cy + 3.5, "end", "#333", bar.label()));
      b.append("<rect x=\"")
          .append(fmt(bx))
          .append("\" y=\"")
          .append(fmt(cy - 5))
          .append("\" width=\"")
          .append(fmt(Math.max(w, 0.5)))
          .append("\" height=\"10\" fill=\"")
          .append(bar.color())
          .append("\"/>");
      b.append(text(Math.max(bx + w, zero) + 4, cy + 3.5, "start", "#333", bar.text()));
    }
    b.append(line(zero, TOP - 4, zero, height - 4, "#888", 0.8, false));
    return b.append("</svg>").toString();
  }

  /**
   * Round axis ticks covering [lo, hi], 3–6 of them, steps of 1, 2, 2.5 or 5 times a power of ten.
   */
  static double[] ticks(double lo, double hi, boolean whole) {
    if (hi - lo <= 0) {
      hi = lo + 1;
    }
    if (whole && hi - lo < 4) {
      hi = lo + 4; // steps of 1, never 0.5 households
    }
    double raw = (hi - lo) / 4;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = mag * 10;
    for (double f : new double[] {1, 2, 2.5, 5, 10}) {
      boolean fractional = Math.abs(f * mag - Math.rint(f * mag)) > 1e-9;
      if (f * mag >= raw && !(whole && fractional)) {
        step = f * mag;
        break;
      }
    }
    double start = Math.floor(lo / step + 1e-9) * step;
    double end = Math.ceil(hi / step - 1e-9) * step;
    int n = (int) Math.round((end - start) / step);
    double[] t = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      t[i] = start + i * step;
      if (Math.abs(t[i]) < step * 1e-9) {
        t[i] = 0;
      }
    }
    return t;
  }

  private static StringBuilder open(String title, int height) {
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"chart\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"")
        .append(Html.esc(title))
        .append("\"><title>")
        .append(Html.esc(title))
        .append("</title>");
    return b;
  }

  private static String line(
      double x1, double y1, double x2, double y2, String color, double width, boolean dashed) {
    return "<line x1=\""
        + fmt(x1)
        + "\" y1=\""
        + fmt(y1)
        + "\" x2=\""
        + fmt(x2)
        + "\" y2=\""
        + fmt(y2)
        + "\" stroke=\""
        + color
        + "\" stroke-width=\""
        + fmt(width)
        + '"'
        + (dashed ? " stroke-dasharray=\"4 3\"" : "")
        + "/>";
  }

  private static String text(double x, double y, String anchor, String color, String s) {
    return "<text x=\""
        + fmt(x)
        + "\" y=\""
        + fmt(y)
        + "\" text-anchor=\""
        + anchor
        + "\" fill=\""
        + color
        + "\">"
        + Html.esc(s)
        + "</text>";
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
