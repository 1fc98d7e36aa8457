package org.employmentmonitor.io;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop settings (credentials for s3a, HDFS name nodes, …) carried to a task, so that
 * executors reach the same file systems the driver listed.
 */
public final class SerializableHadoopConf implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Map<String, String> entries = new HashMap<>();
  private transient Configuration conf;

  public SerializableHadoopConf(Configuration conf) {
    for (Map.Entry<String, String> e : conf) {
      entries.put(e.getKey(), e.getValue());
    }
    this.conf = conf;
  }

  public Configuration get() {
    if (conf == null) {
      Configuration c = new Configuration(false);
      entries.forEach(c::set);
      conf = c;
    }
    return conf;
  }
}
