/**
 * Test cases and situations in OpenFisca's YAML format: a person or a household described by input
 * values, and the outputs the law gives them, checked within stated margins.
 */
package org.ansinh.engine.yamltest;
