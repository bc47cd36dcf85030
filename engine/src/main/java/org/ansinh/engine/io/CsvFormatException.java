package org.ansinh.engine.io;

/** A CSV file that does not fit the expected layout; the message names the row and column. */
public class CsvFormatException extends IllegalArgumentException {

  public CsvFormatException(String message) {
    super(message);
  }
}
