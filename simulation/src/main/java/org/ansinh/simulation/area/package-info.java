/** The administrative units of a city after the 1 July 2025 reorganisation, shipped as data. */
package org.ansinh.simulation.area;
