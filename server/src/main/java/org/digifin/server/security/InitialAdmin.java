package org.digifin.server.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import org.digifin.server.DigifinProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator when no user exists. Its random password is printed once to
 * standard output (never to the log) and kept in {@code <data-dir>/initial-admin-password},
 * readable by the owner only, until the administrator changes it.
 */
@Component
public class InitialAdmin {

  /** The first administrator's user name. */
  public static final String USERNAME = "admin";

  private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

  private final UserStore users;
  private final Path passwordFile;

  public InitialAdmin(UserStore users, DigifinProperties properties) {
    this.users = users;
    this.passwordFile = properties.dataDir().resolve("initial-admin-password");
  }

  /** Creates {@code admin} if there are no users yet; returns the new password if it did. */
  public synchronized Optional<String> createIfNoUsers() {
    if (users.count() > 0) {
      return Optional.empty();
    }
    String password = users.randomPassword();
    users.create(USERNAME, password, EnumSet.of(Role.ADMIN));
    save(password);
    System.out.printf(
        "%n  First start: created user '%s' with password %s%n"
            + "  (also in %s until you change it; it is shown only this once)%n%n",
        USERNAME, password, passwordFile.toAbsolutePath());
    log.warn("Created the first administrator '{}'; its password was printed once", USERNAME);
    return Optional.of(password);
  }

  /** The initial password while it has not been changed. */
  public Optional<String> unchangedPassword() {
    try {
      return Files.exists(passwordFile)
          ? Optional.of(Files.readString(passwordFile, StandardCharsets.UTF_8).trim())
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Forgets the initial password once the administrator has chosen another. */
  public void passwordChanged(String username) {
    if (USERNAME.equals(username)) {
      try {
        Files.deleteIfExists(passwordFile);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private void save(String password) {
    try {
      Files.createDirectories(passwordFile.getParent());
      Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        log.debug("no POSIX permissions on this file system");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not save the initial admin password", e);
    }
  }
}
