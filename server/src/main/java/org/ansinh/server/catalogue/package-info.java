/**
 * The law as documents: every parameter with its dated values and legal references, every variable
 * with its labels and formulas' legal basis, and the named reforms ({@code GET /api/v1/parameters},
 * {@code /variables}, {@code /reforms}). Uses {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue")
package org.ansinh.server.catalogue;
