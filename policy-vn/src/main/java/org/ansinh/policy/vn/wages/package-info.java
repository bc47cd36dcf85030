/**
 * Reference wages every other pillar multiplies: the base salary (lương cơ sở), the reference level
 * (mức tham chiếu) of the 2024 Social Insurance Law, and the regional minimum wages.
 */
package org.ansinh.policy.vn.wages;
