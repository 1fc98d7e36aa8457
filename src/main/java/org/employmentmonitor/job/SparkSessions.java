package org.employmentmonitor.job;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the run's SparkSession. Under spark-submit the cluster's settings win (master, memory,
 * shuffle partitions); embedded, it runs {@code local[*]} on loopback with the UI off and shuffle
 * partitions sized to the cores. Either way dates are java.time and the session zone is UTC, so
 * results never depend on the machine's time zone.
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession create(String master, String appName) {
    SparkConf submitted = new SparkConf(); // spark.* system properties set by spark-submit
    SparkSession.Builder b = SparkSession.builder().appName(appName);
    String effectiveMaster = submitted.get("spark.master", master);
    if (!submitted.contains("spark.master")) {
      b.master(master);
    }
    if (effectiveMaster.startsWith("local")) {
      int cores = Runtime.getRuntime().availableProcessors();
      setDefault(b, submitted, "spark.ui.enabled", "false");
      setDefault(b, submitted, "spark.driver.host", "127.0.0.1");
      setDefault(b, submitted, "spark.driver.bindAddress", "127.0.0.1");
      setDefault(
          b, submitted, "spark.sql.shuffle.partitions", String.valueOf(Math.max(4, 2 * cores)));
    }
    setDefault(b, submitted, "spark.sql.datetime.java8API.enabled", "true");
    setDefault(b, submitted, "spark.sql.session.timeZone", "UTC");
    setDefault(b, submitted, "spark.sql.adaptive.enabled", "true");
    setDefault(b, submitted, "spark.sql.parquet.compression.codec", "snappy");
    // A partitioned write (the ingest's partitionBy(extract_month)) otherwise sorts every row by
    // the partition column first; each ingest task writes one month, so there is nothing to sort.
    // Spark falls back to its sort as soon as a task holds this many writers, so 2: one month per
    // task never sorts, a task that meets a second month sorts the rest (docs/benchmarks.md).
    setDefault(b, submitted, "spark.sql.maxConcurrentOutputFileWriters", "2");
    // Output committers must not leave _SUCCESS-less debris readers would pick up.
    setDefault(b, submitted, "spark.sql.sources.partitionOverwriteMode", "static");
    return b.getOrCreate();
  }

  /**
   * True when spark-submit started this driver on the cluster ({@code --deploy-mode cluster}). Read
   * from the system property spark-submit sets, so that asking does not initialise Spark.
   */
  public static boolean clusterDeployMode() {
    return "cluster".equals(System.getProperty("spark.submit.deployMode"));
  }

  /**
   * The Hadoop settings the run will see, before Spark starts: the cluster's *-site.xml plus every
   * {@code spark.hadoop.*} given to spark-submit (s3a credentials, name nodes), so that the
   * configuration and key files read by the driver are reached like the data.
   */
  public static Configuration submittedHadoopConf() {
    Configuration conf = new Configuration();
    for (scala.Tuple2<String, String> e : new SparkConf().getAllWithPrefix("spark.hadoop.")) {
      conf.set(e._1(), e._2());
    }
    return conf;
  }

  private static void setDefault(SparkSession.Builder b, SparkConf c, String key, String value) {
    if (!c.contains(key)) {
      b.config(key, value);
    }
  }
}
