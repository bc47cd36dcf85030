package org.ansinh.policy.vn;

import java.util.List;
import org.ansinh.engine.entity.Entity;
import org.ansinh.engine.entity.EntityModel;
import org.ansinh.engine.entity.Role;

/** Persons and households (hộ gia đình), the household's head first among its roles. */
public final class VietnamEntities {

  public static final Entity PERSON =
      new Entity("person", "persons", "Cá nhân", "Person", List.of());

  public static final Entity HOUSEHOLD =
      new Entity(
          "household",
          "households",
          "Hộ gia đình",
          "Household",
          List.of(
              new Role("head", "head", 1, "Chủ hộ", "Head"),
              new Role("spouse", "spouse", 1, "Vợ/chồng chủ hộ", "Spouse"),
              new Role("child", "children", 0, "Con", "Child"),
              new Role("other", "others", 0, "Thành viên khác", "Other member")));

  public static final EntityModel MODEL = new EntityModel(PERSON, HOUSEHOLD);

  private VietnamEntities() {}
}
