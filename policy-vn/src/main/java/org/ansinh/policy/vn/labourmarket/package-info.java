/** Labour-market support: vocational training support and preferential loans. */
package org.ansinh.policy.vn.labourmarket;
