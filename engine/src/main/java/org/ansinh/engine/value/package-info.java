/**
 * Typed values held in primitive arrays: booleans, integers, money in whole đồng ({@code long}),
 * decimals ({@code double}), dates (epoch days) and enumerations (ordinals in bytes).
 */
package org.ansinh.engine.value;
