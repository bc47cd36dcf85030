package org.ansinh.server.registry.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The names of wards and communes, for pages that show a household's ward and for the search form's
 * list. Read once: units change only with a release of the shipped lists, loaded before requests.
 * Templates call it as {@code ${@wardNames.name(code, en)}}.
 */
@Component("wardNames")
class WardNames {

  /** A ward as the search form lists it. */
  record Ward(int code, int provinceCode, String nameVi, String nameEn) {}

  private final JdbcClient jdbc;
  private volatile Map<Integer, Ward> wards;

  WardNames(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A ward's name in the page's language, or its code when unknown. */
  public String name(Integer code, boolean en) {
    if (code == null) {
      return "";
    }
    Ward w = all().get(code);
    return w == null ? String.valueOf(code) : (en ? w.nameEn() : w.nameVi());
  }

  /** Every ward, by code. */
  List<Ward> list() {
    return List.copyOf(all().values());
  }

  private Map<Integer, Ward> all() {
    Map<Integer, Ward> w = wards;
    if (w == null) {
      w = new TreeMap<>();
      for (Ward ward :
          jdbc.sql("select code, province_code, name_vi, name_en from area order by code")
              .query(Ward.class)
              .list()) {
        w.put(ward.code(), ward);
      }
      if (!w.isEmpty()) {
        wards = w;
      }
    }
    return w;
  }
}
