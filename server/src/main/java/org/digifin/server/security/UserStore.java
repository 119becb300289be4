package org.digifin.server.security;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.digifin.basics.Checks;
import org.digifin.basics.error.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/** People who log in: stored with a bcrypt hash of their password. */
@Repository
public class UserStore implements UserDetailsService {

  /** The shortest password accepted. */
  public static final int MIN_PASSWORD_LENGTH = 12;

  private static final char[] ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final SecureRandom random = new SecureRandom();

  public UserStore(JdbcClient jdbc, PasswordEncoder passwords) {
    this.jdbc = jdbc;
    this.passwords = passwords;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return jdbc.sql(
            "SELECT username, password_hash, roles, enabled FROM app_user WHERE username = :u")
        .param("u", username)
        .query(
            (rs, n) ->
                User.withUsername(rs.getString(1))
                    .password(rs.getString(2))
                    .authorities(
                        Arrays.stream((String[]) rs.getArray(3).getArray())
                            .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                            .toList())
                    .disabled(!rs.getBoolean(4))
                    .build())
        .optional()
        .orElseThrow(() -> new UsernameNotFoundException("no such user"));
  }

  /** Creates a user; fails with {@code user.exists} if the name is taken. */
  public void create(String username, String password, Set<Role> roles) {
    Checks.check(
        username != null && username.matches("[a-z][a-z0-9._-]{1,63}"),
        "user.name",
        "username",
        "username must be 2-64 lower-case letters, digits, . _ - starting with a letter");
    checkPassword(password);
    Checks.check(!roles.isEmpty(), "user.roles", "roles", "a user needs at least one role");
    int inserted =
        jdbc.sql(
                "INSERT INTO app_user (username, password_hash, roles) VALUES (:u, :p, :r)"
                    + " ON CONFLICT (username) DO NOTHING")
            .param("u", username)
            .param("p", passwords.encode(password))
            .param("r", roles.stream().map(Role::name).sorted().toArray(String[]::new))
            .update();
    if (inserted == 0) {
      throw new ConflictException("user.exists", "username", "user '" + username + "' exists");
    }
  }

  /** Sets a new password for {@code username}. */
  public void changePassword(String username, String password) {
    checkPassword(password);
    jdbc.sql("UPDATE app_user SET password_hash = :p WHERE username = :u")
        .param("u", username)
        .param("p", passwords.encode(password))
        .update();
  }

  /** User names and roles, for the admin API. */
  public List<UserView> list() {
    return jdbc.sql("SELECT username, roles, enabled FROM app_user ORDER BY username")
        .query(
            (rs, n) ->
                new UserView(
                    rs.getString(1),
                    List.of((String[]) rs.getArray(2).getArray()),
                    rs.getBoolean(3)))
        .list();
  }

  public long count() {
    return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
  }

  /** A random password of 20 characters from an unambiguous alphabet (~114 bits). */
  public String randomPassword() {
    char[] chars = new char[20];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return new String(chars);
  }

  private static void checkPassword(String password) {
    Checks.check(
        password != null && password.length() >= MIN_PASSWORD_LENGTH,
        "user.password_weak",
        "password",
        "password must be at least " + MIN_PASSWORD_LENGTH + " characters");
  }

  /**
   * A user as the admin API shows it (never with the hash).
   *
   * @param username the login name
   * @param roles role names
   * @param enabled whether the user may log in
   */
  public record UserView(String username, List<String> roles, boolean enabled) {}
}
