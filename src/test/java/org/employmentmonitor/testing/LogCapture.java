package org.employmentmonitor.testing;

import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.layout.PatternLayout;

/** Captures every log line (ours and Spark's) while open, for tests that scan the log. */
public final class LogCapture implements AutoCloseable {
  private static final AtomicInteger COUNT = new AtomicInteger();
  private final StringWriter out = new StringWriter();
  private final WriterAppender appender;
  private final LoggerContext context;

  public LogCapture() {
    context = (LoggerContext) LogManager.getContext(false);
    Configuration config = context.getConfiguration();
    appender =
        WriterAppender.newBuilder()
            .setName("capture-" + COUNT.incrementAndGet())
            .setTarget(out)
            .setLayout(PatternLayout.newBuilder().withPattern("%p %c{1} %m%n%ex").build())
            .build();
    appender.start();
    config.addAppender(appender);
    config.getRootLogger().addAppender(appender, Level.ALL, null);
    // Additive loggers pass their events on to the root's appenders: adding the capture to them
    // too would record each of their lines twice.
    config.getLoggers().values().stream()
        .filter(l -> !l.isAdditive())
        .forEach(l -> l.addAppender(appender, Level.ALL, null));
    context.updateLoggers();
  }

  public synchronized String text() {
    return out.toString();
  }

  @Override
  public void close() {
    Configuration config = context.getConfiguration();
    config.getRootLogger().removeAppender(appender.getName());
    config.getLoggers().values().forEach(l -> l.removeAppender(appender.getName()));
    context.updateLoggers();
    appender.stop();
  }
}
