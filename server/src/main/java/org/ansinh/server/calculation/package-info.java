/**
 * The law applied to a situation, in the spirit of OpenFisca's web API: {@code POST
 * /api/v1/calculate} (persons and households with variables by period; the nulls are filled in) and
 * {@code POST /api/v1/trace} (the same, with each value explained down to the article of law). Uses
 * {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calculation")
package org.ansinh.server.calculation;
