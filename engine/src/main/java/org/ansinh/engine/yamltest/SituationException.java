package org.ansinh.engine.yamltest;

/** A situation or test file that does not describe a valid case; the message names the key. */
public class SituationException extends IllegalArgumentException {

  public SituationException(String message) {
    super(message);
  }
}
