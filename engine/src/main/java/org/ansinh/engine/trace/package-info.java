/**
 * Explanations: the computation tree for one entity — each variable's value, the formula version
 * used, and every parameter read with its value and its legal reference — as text or JSON.
 */
package org.ansinh.engine.trace;
