/**
 * Reforms: named, documented changes to a legislation — parameter patches, replaced or neutralised
 * formulas, or both — that compose and can be compared with the baseline.
 */
package org.ansinh.engine.reform;
