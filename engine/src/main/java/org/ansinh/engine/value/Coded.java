package org.ansinh.engine.value;

/**
 * An enumeration constant that files may also name by an official code (an administrative code,
 * say) and that has labels in both languages.
 */
public interface Coded {

  /** The official code, or null. */
  default String code() {
    return null;
  }

  String labelVi();

  String labelEn();
}
