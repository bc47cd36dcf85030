package org.ansinh.server.area;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads areas; writing is {@link AreaLoader}'s alone. */
@Repository
class AreaRepository {

  private final JdbcClient jdbc;

  AreaRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Units of a province (or of all, when null), of one type (or all), by code. */
  List<AreaSummary> list(Integer provinceCode, String type) {
    return jdbc.sql(
            """
            select a.code, a.province_code, a.type, a.name_vi, a.name_en, a.area_km2,
                   (select count(*) from area_former_unit f where f.area_code = a.code)
                     as former_unit_count
            from area a
            where (cast(:province as integer) is null or a.province_code = :province)
              and (cast(:type as text) is null or a.type = :type)
            order by a.code
            """)
        .param("province", provinceCode)
        .param("type", type)
        .query(AreaSummary.class)
        .list();
  }

  Optional<AreaDetail> find(int code) {
    List<AreaDetail.FormerUnit> former =
        jdbc.sql(
                """
                select former_code as code, former_name as name, share, former_district as district
                from area_former_unit where area_code = :code order by former_code
                """)
            .param("code", code)
            .query(AreaDetail.FormerUnit.class)
            .list();
    return jdbc.sql(
            """
            select code, province_code, type, name_vi, name_en, area_km2, former_districts
            from area where code = :code
            """)
        .param("code", code)
        .query(
            (rs, row) ->
                new AreaDetail(
                    rs.getInt("code"),
                    rs.getInt("province_code"),
                    rs.getString("type"),
                    rs.getString("name_vi"),
                    rs.getString("name_en"),
                    rs.getBigDecimal("area_km2"),
                    rs.getString("former_districts"),
                    former))
        .optional();
  }
}
