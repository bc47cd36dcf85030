/**
 * Benchmarks: a generator of random but plausible persons in the CSV layout of {@code ansinh
 * compute}, and JMH benchmarks of the engine. Figures and commands are in docs/benchmarks.md.
 */
package org.ansinh.benchmarks;
