package org.ansinh.server.registry;

import java.sql.Connection;
import javax.sql.DataSource;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.period.Period;
import org.ansinh.simulation.calibration.CalibratedPopulation;
import org.ansinh.simulation.calibration.Raking;
import org.ansinh.simulation.population.City;
import org.ansinh.simulation.population.SyntheticPopulation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * On the first start of {@code ansinh demo}, fills the registry with a synthetic city: a weighted
 * sample from the population generator, calibrated to the published targets (as {@code ansinh
 * generate} draws it), written with COPY in one transaction. Later starts find it and do nothing.
 */
@Component
@ConditionalOnBooleanProperty("ansinh.demo.enabled")
@org.springframework.core.annotation.Order(1)
class DemoCity implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoCity.class);

  private final DemoSettings settings;
  private final DataSource dataSource;
  private final Legislation legislation;

  DemoCity(DemoSettings settings, DataSource dataSource, Legislation legislation) {
    this.settings = settings;
    this.dataSource = dataSource;
    this.legislation = legislation;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      if (loaded(c)) {
        log.info("Demo city already in the registry: not loading it again");
        return;
      }
      City city = City.parse(settings.city());
      Period period = Period.parse(settings.period());
      log.info(
          "Demo city: drawing {} persons of {} (seed {})…",
          String.format("%,d", settings.persons()),
          city.nameEn(),
          settings.seed());
      long t0 = System.nanoTime();
      CalibratedPopulation.Result drawn =
          CalibratedPopulation.generate(
              city, settings.persons(), settings.seed(), period, legislation);
      SyntheticPopulation population = drawn.population();
      Raking.Result raking = drawn.raking();
      long t1 = System.nanoTime();
      log.info(
          "Demo city: {} persons in {} households drawn and weighted in {} s (largest margin error"
              + " {}%); copying into the registry…",
          String.format("%,d", population.persons),
          String.format("%,d", population.households),
          String.format("%.1f", (t1 - t0) / 1e9),
          String.format("%.2f", raking.maxRelativeError() * 100));
      c.setAutoCommit(false);
      try {
        int[] shown = {0};
        new DemoCopy(c)
            .write(
                population,
                period.start(),
                settings.seed(),
                pct -> {
                  if (pct >= shown[0] + 20) {
                    shown[0] = pct - pct % 20;
                    log.info("Demo city: {}% copied", shown[0]);
                  }
                });
        int reentered = DemoReentries.write(c, settings.reentries());
        log.info("Demo city: {} persons entered a second time without their ID", reentered);
        c.commit();
      } catch (Exception e) {
        c.rollback();
        throw e;
      }
      log.info(
          "Demo city: loaded with COPY in {} s ({} s in all)",
          String.format("%.1f", (System.nanoTime() - t1) / 1e9),
          String.format("%.1f", (System.nanoTime() - t0) / 1e9));
    }
  }

  private static boolean loaded(Connection c) throws java.sql.SQLException {
    try (var s = c.createStatement();
        var rs = s.executeQuery("select exists (select 1 from household where source = 'demo')")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }
}
