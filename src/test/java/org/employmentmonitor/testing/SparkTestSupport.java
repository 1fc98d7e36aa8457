package org.employmentmonitor.testing;

import org.apache.spark.sql.SparkSession;

/**
 * The one local SparkSession of a test JVM (STYLE: local[2], UI off, two shuffle partitions). Never
 * stopped by a test; the JVM's exit ends it.
 */
public final class SparkTestSupport {
  private static SparkSession spark;

  private SparkTestSupport() {}

  public static synchronized SparkSession spark() {
    if (spark == null) {
      spark =
          SparkSession.builder()
              .master("local[2]")
              .appName("employment-monitor-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.default.parallelism", "2")
              .config("spark.sql.datetime.java8API.enabled", "true")
              .config("spark.sql.session.timeZone", "UTC")
              .config("spark.sql.adaptive.enabled", "true")
              .getOrCreate();
    }
    return spark;
  }
}
