package org.digifin.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.digifin.server.DigifinProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The data source: the external server named in the settings, or embedded PostgreSQL. */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfig {

  /** Started only when no external database is configured. */
  @Bean(destroyMethod = "close")
  EmbeddedPostgresServer embeddedPostgres(DigifinProperties properties) {
    if (!properties.db().embedded()) {
      return null;
    }
    return EmbeddedPostgresServer.start(
        properties.dataDir().resolve("pg"), properties.db().embeddedPort());
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(
      DigifinProperties properties, ObjectProvider<EmbeddedPostgresServer> embedded) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("digifin");
    config.setMaximumPoolSize(16);
    DigifinProperties.Db db = properties.db();
    if (db.embedded()) {
      config.setJdbcUrl(embedded.getObject().jdbcUrl());
      config.setUsername("postgres");
    } else {
      config.setJdbcUrl(db.url());
      config.setUsername(db.user());
      config.setPassword(db.password());
    }
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    return new HikariDataSource(config);
  }
}
