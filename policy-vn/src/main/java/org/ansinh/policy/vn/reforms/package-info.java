/**
 * The reforms the two studies propose, as named, documented changes to Vietnam's legislation, each
 * citing the study it comes from.
 */
package org.ansinh.policy.vn.reforms;
