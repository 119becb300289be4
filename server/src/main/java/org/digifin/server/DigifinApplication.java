package org.digifin.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring Boot application. Start it through {@link org.digifin.server.cli.DigifinCli}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DigifinApplication {}
