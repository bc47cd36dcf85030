/** Facts about a person that the law asks for: age, sex, residence, work, contributions. */
package org.ansinh.policy.vn.person;
