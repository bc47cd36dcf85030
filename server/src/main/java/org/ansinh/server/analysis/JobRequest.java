package org.ansinh.server.analysis;

import java.util.List;
import java.util.Map;

/**
 * A job as the caller asks for it ({@code POST /api/v1/jobs}), before any check: {@link
 * JobSpec#check} turns it into a job or names the field at fault.
 *
 * @param kind {@code access} or {@code reform}
 * @param period the month, YYYY-MM; the current month when absent
 * @param by dimensions to group by ({@code sector}, {@code household_sector}, {@code residence},
 *     {@code migrant}, {@code ward}); sector and residence when absent, one group ({@code ALL})
 *     when empty
 * @param reform for a reform job: the name of one of policy-vn's reforms
 * @param settings for a reform job: its settings by key (numbers, or a date for {@code from})
 * @param ward only the households of this ward; the whole registry when absent
 */
public record JobRequest(
    String kind,
    String period,
    List<String> by,
    String reform,
    Map<String, Object> settings,
    Integer ward) {}
