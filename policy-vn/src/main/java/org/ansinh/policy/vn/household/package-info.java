/** Facts about a household: where it lives and what it lives on. */
package org.ansinh.policy.vn.household;
