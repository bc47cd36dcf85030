/**
 * What every other module stands on: the database (an embedded PostgreSQL 17 under {@code ./data},
 * or the one {@code ANSINH_DB_URL} names), the law as a bean (Vietnam's legislation from {@code
 * policy-vn}), errors as RFC 9457 problem documents that name the field, accounts and who may see
 * what ({@link org.ansinh.server.platform.Actor}, {@link org.ansinh.server.platform.CurrentActor}),
 * and the web app's frame: layout, languages, Vietnamese number and date formats. Uses no other
 * module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.ansinh.server.platform;
