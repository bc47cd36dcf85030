/** Incentives for people with meritorious service to the revolution. */
package org.ansinh.policy.vn.incentives;
