/**
 * The AnSinh rules engine: law as executable, cited, dated rules.
 *
 * <p>In the spirit of OpenFisca — entities, periods, parameters with dated values and legal
 * references, formulas dated by start, reforms, YAML tests — but typed and vectorised over
 * primitive arrays. It knows no country, no framework and no database; a country is a policy
 * package that supplies entities, parameter files and variables to a {@link
 * org.ansinh.engine.Legislation}.
 */
package org.ansinh.engine;
