package org.ansinh.engine.entity;

/**
 * The entities of a legislation: persons, and one group entity every person belongs to.
 *
 * <p>One group kind keeps populations contiguous (a group's members are consecutive rows), which is
 * what lets a whole city be cut into independent chunks and computed in parallel.
 */
public record EntityModel(Entity person, Entity group) {

  public EntityModel {
    if (person.isGroup()) {
      throw new IllegalArgumentException("the person entity cannot have roles");
    }
    if (!group.isGroup()) {
      throw new IllegalArgumentException("the group entity needs at least one role");
    }
  }

  public Entity byKey(String key) {
    if (person.key().equals(key) || person.pluralKey().equals(key)) {
      return person;
    }
    if (group.key().equals(key) || group.pluralKey().equals(key)) {
      return group;
    }
    throw new IllegalArgumentException("unknown entity: " + key);
  }
}
