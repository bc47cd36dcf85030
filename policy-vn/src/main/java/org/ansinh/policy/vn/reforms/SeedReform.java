package org.ansinh.policy.vn.reforms;

import org.ansinh.engine.Legislation;
import org.ansinh.engine.reform.Reform;

/**
 * One of the seed studies' proposals as a mechanism: given its definition (words, cited numbers)
 * and checked settings, the change to the baseline legislation.
 */
public interface SeedReform {

  /** The reform's name, also the name of its definition file {@code reforms/<name>.yaml}. */
  String name();

  Reform build(ReformDefinition definition, ReformSettings settings, Legislation baseline);

  /** A builder with the definition's name, titles and description (English, with its source). */
  static Reform.Builder start(ReformDefinition d) {
    return Reform.named(d.name())
        .title(d.titleVi(), d.titleEn())
        .description(d.descriptionEn() + " Source: " + d.source().document() + ".");
  }
}
