/**
 * The catalogue of a legislation as documents: every parameter with its history and references,
 * every variable with its labels, formulas and legal basis — as JSON-ready maps and Markdown, for
 * the command line, the API and the generated docs.
 */
package org.ansinh.engine.catalogue;
