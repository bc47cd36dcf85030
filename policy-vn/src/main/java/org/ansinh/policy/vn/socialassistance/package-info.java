/**
 * Social assistance: the standard level, coefficients by group, monthly allowances and the social
 * pension.
 */
package org.ansinh.policy.vn.socialassistance;
