/**
 * The social registry: households, persons (every input of the law a column), their enrolments and
 * the change history, in PostgreSQL (schema: {@code db/migration}).
 *
 * <p>What pages and other modules call: {@link org.ansinh.server.registry.HouseholdRegistry} and
 * {@link org.ansinh.server.registry.PersonRegistry} (read, create, change within the actor's scope,
 * with history and optimistic locking; a person moved to another household), {@link
 * org.ansinh.server.registry.EnrolmentRegistry} (a person's enrolments added, corrected, ended),
 * {@link org.ansinh.server.registry.RegistrySearch} (paged, names without diacritics), {@link
 * org.ansinh.server.registry.Duplicates} (probable pairs, and the decision that a pair is two
 * people), {@link org.ansinh.server.registry.RegistryImport} and {@link
 * org.ansinh.server.registry.ImportCommit} (CSV/XLSX preview, then all-or-nothing commit through a
 * COPY-filled staging table), {@link org.ansinh.server.registry.RegistryExport}, {@link
 * org.ansinh.server.registry.RegistryFields} (every field, what it accepts, its labels) and {@link
 * org.ansinh.server.registry.RecordRules} (the one place records are checked). {@link
 * org.ansinh.server.registry.RegistrySnapshot} reads the registry as the engine's population; the
 * demo city is loaded with COPY ({@code ansinh demo}). Uses {@code platform}; relies on {@code
 * area} having loaded the units its households live in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package org.ansinh.server.registry;
