package org.digifin.server;

import java.time.Clock;
import java.time.ZoneId;
import org.digifin.server.security.InitialAdmin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans that belong to no one feature. */
@Configuration(proxyBeanMethods = false)
public class ServerConfig {

  /** The clock every component reads; its zone is the institution's, for local timestamps. */
  @Bean
  Clock clock(@Value("${digifin.zone:Asia/Shanghai}") String zone) {
    return Clock.system(ZoneId.of(zone));
  }

  /** The first start creates the administrator (after Flyway has run). */
  @Bean
  ApplicationRunner initialAdministrator(InitialAdmin initialAdmin) {
    return args -> initialAdmin.createIfNoUsers();
  }
}
