package org.ansinh.server.area;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ansinh.simulation.area.Area;
import org.ansinh.simulation.area.Areas;
import org.ansinh.simulation.population.City;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the shipped units of every city into the registry on start, before the server accepts
 * requests. Upserts, so a restart (or a corrected list in a new release) leaves one row per unit.
 */
@Component
class AreaLoader implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(AreaLoader.class);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  AreaLoader(JdbcTemplate jdbc, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  @Override
  public void afterSingletonsInstantiated() {
    transaction.executeWithoutResult(status -> load());
  }

  void load() {
    for (City city : City.values()) {
      jdbc.update(
          """
          insert into province (code, name_vi, name_en) values (?, ?, ?)
          on conflict (code) do update set name_vi = excluded.name_vi, name_en = excluded.name_en
          """,
          city.provinceCode(),
          city.nameVi(),
          city.nameEn());
      List<Area> areas = Areas.load(city.areaFile());
      List<Object[]> rows = new ArrayList<>();
      for (Area a : areas) {
        rows.add(
            new Object[] {
              a.code(),
              a.provinceCode(),
              a.type().name(),
              a.nameVi(),
              a.nameEn(),
              a.areaKm2(),
              a.formerDistricts()
            });
      }
      jdbc.batchUpdate(
          """
          insert into area (code, province_code, type, name_vi, name_en, area_km2, former_districts)
          values (?, ?, ?, ?, ?, ?, ?)
          on conflict (code) do update set province_code = excluded.province_code,
            type = excluded.type, name_vi = excluded.name_vi, name_en = excluded.name_en,
            area_km2 = excluded.area_km2, former_districts = excluded.former_districts
          """,
          rows);
      List<Object[]> former = new ArrayList<>();
      for (Map.Entry<Integer, List<Areas.FormerUnit>> e :
          Areas.formerUnits(city.areaFile()).entrySet()) {
        for (Areas.FormerUnit u : e.getValue()) {
          former.add(new Object[] {e.getKey(), u.code(), u.name(), u.share(), u.district()});
        }
      }
      jdbc.batchUpdate(
          """
          insert into area_former_unit (area_code, former_code, former_name, share, former_district)
          values (?, ?, ?, ?, ?)
          on conflict (area_code, former_code) do update set former_name = excluded.former_name,
            share = excluded.share, former_district = excluded.former_district
          """,
          former);
      log.info(
          "Areas of {}: {} units, {} former units", city.nameEn(), areas.size(), former.size());
    }
  }
}
