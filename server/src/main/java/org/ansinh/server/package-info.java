/**
 * The AnSinh server: the social registry on PostgreSQL and the law-as-code API over the engine,
 * {@code policy-vn} and {@code simulation}. Each direct subpackage is a Spring Modulith module
 * ({@code ModularityTests} verifies their dependencies): {@code platform} (database, errors, the
 * law as a bean), {@code area}, {@code registry}, {@code calculation}, {@code catalogue}, {@code
 * lawbrowser}, {@code screening}.
 */
package org.ansinh.server;
