/**
 * Provinces and their wards, communes and special zones since 1 July 2025, with the pre-2025 units
 * each absorbed: loaded on start from the lists {@code simulation} ships (idempotent) and served at
 * {@code /api/v1/areas}. Uses {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Areas")
package org.ansinh.server.area;
