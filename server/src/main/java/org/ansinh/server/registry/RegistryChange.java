package org.ansinh.server.registry;

/**
 * What a change rests on, written into every change-history row it makes.
 *
 * @param evidence the document or file the change rests on ("CT01 form no. 123"); required to
 *     change an existing record, optional when creating one
 * @param reason why, in the officer's words; optional
 */
public record RegistryChange(String evidence, String reason) {

  static RegistryChange none() {
    return new RegistryChange(null, null);
  }
}
