package org.ansinh.server.area;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ansinh.server.platform.InvalidFieldException;
import org.ansinh.server.platform.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/areas}: the local units, filtered by province and type. */
@RestController
@RequestMapping("/api/v1/areas")
class AreaController {

  private static final Set<String> TYPES = Set.of("WARD", "COMMUNE", "SPECIAL_ZONE");

  private final AreaRepository areas;

  AreaController(AreaRepository areas) {
    this.areas = areas;
  }

  /** Units, as {@code {count, areas}}. */
  @GetMapping
  AreaList list(
      @RequestParam(required = false) Integer province,
      @RequestParam(required = false) String type) {
    String t = null;
    if (type != null) {
      t = type.trim().toUpperCase(Locale.ROOT);
      if (!TYPES.contains(t)) {
        throw new InvalidFieldException(
            "type", "unknown unit type '" + type + "'", "WARD, COMMUNE or SPECIAL_ZONE");
      }
    }
    List<AreaSummary> list = areas.list(province, t);
    return new AreaList(list.size(), list);
  }

  @GetMapping("/{code}")
  AreaDetail one(@PathVariable int code) {
    return areas
        .find(code)
        .orElseThrow(() -> new NotFoundException("code", "no area with code " + code));
  }

  record AreaList(int count, List<AreaSummary> areas) {}
}
