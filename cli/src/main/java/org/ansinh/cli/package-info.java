/**
 * The {@code ansinh} command: one subcommand per job (test, explain, parameters, variables,
 * compute). Thin: each parses its arguments, calls the engine and the policy package, and prints.
 */
package org.ansinh.cli;
