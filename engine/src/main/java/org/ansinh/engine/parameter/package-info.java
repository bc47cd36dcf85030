/**
 * Legal parameters: a tree loaded from YAML files, each leaf a history of dated values with the
 * legal reference of each, or a dated schedule of brackets.
 */
package org.ansinh.engine.parameter;
