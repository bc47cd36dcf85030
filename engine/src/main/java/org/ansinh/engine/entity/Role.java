package org.ansinh.engine.entity;

/**
 * A role a person holds in a group, such as head or child.
 *
 * @param key the singular key used in test files ({@code head})
 * @param pluralKey the key for a list of members ({@code children}), or the key itself when a group
 *     holds at most one such member
 * @param max at most this many members hold the role; 0 for no limit
 */
public record Role(String key, String pluralKey, int max, String labelVi, String labelEn) {

  public boolean single() {
    return max == 1;
  }
}
