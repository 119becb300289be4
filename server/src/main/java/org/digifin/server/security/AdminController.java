package org.digifin.server.security;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.digifin.basics.Checks;
import org.digifin.basics.error.NotFoundException;
import org.digifin.server.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users and API keys (ADMIN only). */
@RestController
@RequestMapping("/api/admin")
public class AdminController {

  private final UserStore users;
  private final ApiKeyStore keys;
  private final AuditLog audit;

  public AdminController(UserStore users, ApiKeyStore keys, AuditLog audit) {
    this.users = users;
    this.keys = keys;
    this.audit = audit;
  }

  /**
   * A new key request.
   *
   * @param name what the key is for
   * @param roles role names
   */
  public record NewKey(String name, List<String> roles) {}

  /**
   * A new user request.
   *
   * @param username login name
   * @param password at least 12 characters
   * @param roles role names
   */
  public record NewUser(String username, String password, List<String> roles) {}

  @PostMapping("/api-keys")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  public ApiKeyStore.IssuedKey createKey(@RequestBody NewKey request, Principal principal) {
    ApiKeyStore.IssuedKey key =
        keys.create(request.name(), roles(request.roles()), principal.getName());
    audit.append(principal.getName(), "api_key.create", "api_key", key.id(), null, null);
    return key;
  }

  @GetMapping("/api-keys")
  public List<ApiKeyStore.KeyView> listKeys() {
    return keys.list();
  }

  @DeleteMapping("/api-keys/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Transactional
  public void revokeKey(@PathVariable String id, Principal principal) {
    if (!keys.revoke(id)) {
      throw new NotFoundException(
          "api_key.not_found", "id", "no live API key with id '" + id + "'");
    }
    audit.append(principal.getName(), "api_key.revoke", "api_key", id, null, null);
  }

  @PostMapping("/users")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  public UserStore.UserView createUser(@RequestBody NewUser request, Principal principal) {
    Set<Role> roles = roles(request.roles());
    users.create(request.username(), request.password(), roles);
    audit.append(principal.getName(), "user.create", "app_user", request.username(), null, null);
    return new UserStore.UserView(
        request.username(), roles.stream().map(Role::name).sorted().toList(), true);
  }

  @GetMapping("/users")
  public List<UserStore.UserView> listUsers() {
    return users.list();
  }

  private static Set<Role> roles(List<String> names) {
    Checks.notNull(names, "roles");
    Set<Role> roles =
        names.stream()
            .map(Role::parse)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    return roles;
  }
}
