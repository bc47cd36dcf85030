/** Reading and writing files: YAML without surprises, JSON, and the columnar CSV layout. */
package org.ansinh.engine.io;
