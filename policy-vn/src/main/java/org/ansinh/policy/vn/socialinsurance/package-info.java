/**
 * Compulsory and voluntary social insurance: coverage, contribution base, contributions and state
 * support.
 */
package org.ansinh.policy.vn.socialinsurance;
