package org.ansinh.server.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/registry/fields}: every field of a record, what it accepts and its labels. */
@RestController
@Tag(name = "Registry")
class FieldController {

  private final RegistryFields fields;

  FieldController(RegistryFields fields) {
    this.fields = fields;
  }

  @Operation(
      summary = "The fields of household and person records",
      description = "Also the columns of import and export files, in this order.")
  @GetMapping("/api/v1/registry/fields")
  List<RegistryField> fields() {
    return fields.all();
  }
}
