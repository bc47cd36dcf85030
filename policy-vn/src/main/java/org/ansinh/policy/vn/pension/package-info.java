/** Pensions: retirement age, eligibility and replacement rate. */
package org.ansinh.policy.vn.pension;
