/** Who rules apply to: persons, and one kind of group (a household) with roles. */
package org.ansinh.engine.entity;
