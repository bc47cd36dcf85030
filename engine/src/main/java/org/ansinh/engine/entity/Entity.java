package org.ansinh.engine.entity;

import java.util.List;

/**
 * A kind of thing rules apply to. A person entity has no roles; a group entity lists the roles its
 * members hold, the first of which is the group's reference person (its head).
 */
public record Entity(
    String key, String pluralKey, String labelVi, String labelEn, List<Role> roles) {

  public Entity {
    roles = List.copyOf(roles);
  }

  public boolean isGroup() {
    return !roles.isEmpty();
  }

  /** The index of the role with this singular or plural key, or -1. */
  public int roleIndex(String key) {
    for (int i = 0; i < roles.size(); i++) {
      if (roles.get(i).key().equals(key) || roles.get(i).pluralKey().equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
