/**
 * Health insurance: contribution groups, payroll and household contributions, state and city
 * support.
 */
package org.ansinh.policy.vn.healthinsurance;
