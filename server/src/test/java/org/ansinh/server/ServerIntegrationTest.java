package org.ansinh.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole server on a random port over a real embedded PostgreSQL 17, started clean. Every
 * integration test uses this one configuration, so the test JVM starts one server and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    classes = AnSinhServer.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "ansinh.db.url=",
      "ansinh.db.data-directory=target/test-postgres",
      "ansinh.db.clean-start=true",
      "logging.file.name=target/test-logs/ansinh.log",
      // the analysis jobs' retention runs when a test says, by a fixed clock (JobRetention)
      "ansinh.jobs.retention-schedule=-"
    })
public @interface ServerIntegrationTest {}
