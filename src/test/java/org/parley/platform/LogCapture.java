package org.parley.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what a class logs through java.util.logging while some code runs (and keeps it off the
 * console).
 */
public final class LogCapture {

  private LogCapture() {}

  public static List<LogRecord> of(Class<?> source, Runnable code) {
    Logger logger = Logger.getLogger(source.getName());
    List<LogRecord> records = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    boolean toParents = logger.getUseParentHandlers();
    logger.setUseParentHandlers(false);
    logger.addHandler(handler);
    try {
      code.run();
    } finally {
      logger.removeHandler(handler);
      logger.setUseParentHandlers(toParents);
    }
    return records;
  }
}
