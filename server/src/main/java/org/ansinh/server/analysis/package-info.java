/**
 * Analysis over the registry: access analyses and reform simulations run as background jobs on a
 * snapshot of the registry (a small bounded queue, two at once at most), their progress, and their
 * results kept in PostgreSQL and downloadable as CSV, XLSX, JSON and SVG charts ({@code
 * /api/v1/jobs}); the dashboard (coverage and access gaps by sector and residence, wards ranked by
 * gap, enrolment trends), the reform simulator and the job list pages. Who may run them: {@link
 * org.ansinh.server.platform.Actor#mayAnalyse()}; who reads and cancels which job: {@code
 * JobScope}; finished jobs are deleted after a retention ({@code JobRetention}). Uses {@code
 * platform} and {@code registry} (its {@code RegistrySnapshot}); reads the names of {@code area}'s
 * units from its table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analysis")
package org.ansinh.server.analysis;
