/** Unemployment insurance: payroll contributions and the unemployment benefit. */
package org.ansinh.policy.vn.unemployment;
