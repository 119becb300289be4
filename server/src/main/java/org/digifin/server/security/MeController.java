package org.digifin.server.security;

import java.util.List;
import org.digifin.basics.error.ValidationException;
import org.digifin.server.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller: who they are, and changing their own password. */
@RestController
@RequestMapping("/api/me")
public class MeController {

  private final UserStore users;
  private final InitialAdmin initialAdmin;
  private final AuditLog audit;

  public MeController(UserStore users, InitialAdmin initialAdmin, AuditLog audit) {
    this.users = users;
    this.initialAdmin = initialAdmin;
    this.audit = audit;
  }

  /**
   * The caller.
   *
   * @param name user name, or {@code key:<name>} for an API key
   * @param roles role names
   */
  public record Me(String name, List<String> roles) {}

  /**
   * A password change.
   *
   * @param password the new password
   */
  public record NewPassword(String password) {}

  @GetMapping
  public Me me(Authentication authentication) {
    return new Me(
        authentication.getName(),
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .map(a -> a.replaceFirst("^ROLE_", ""))
            .sorted()
            .toList());
  }

  @PostMapping("/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Transactional
  public void changePassword(@RequestBody NewPassword request, Authentication authentication) {
    if (authentication.getName().startsWith("key:")) {
      throw new ValidationException(
          "user.not_a_user", null, "an API key has no password; log in as a user");
    }
    users.changePassword(authentication.getName(), request.password());
    audit.append(
        authentication.getName(),
        "user.password",
        "app_user",
        authentication.getName(),
        null,
        null);
    initialAdmin.passwordChanged(authentication.getName());
  }
}
