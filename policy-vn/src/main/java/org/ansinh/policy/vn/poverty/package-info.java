/**
 * Poverty classification of households by the national multidimensional poverty standard and the
 * cities' own lines.
 */
package org.ansinh.policy.vn.poverty;
