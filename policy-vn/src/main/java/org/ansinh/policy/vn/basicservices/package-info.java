/** Basic services whose access depends on residence registration. */
package org.ansinh.policy.vn.basicservices;
