/**
 * The social registry: households, persons (every input of the law a column), their enrolments and
 * the change history, in PostgreSQL (schema: {@code db/migration}). For now it loads the synthetic
 * demo city ({@code ansinh demo}) with COPY; search, editing, import and export come next. Uses
 * {@code platform}; relies on {@code area} having loaded the units its households live in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package org.ansinh.server.registry;
