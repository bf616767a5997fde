package com.caseflow.security;

import com.caseflow.agency.AgencyService;
import com.caseflow.common.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Session login for the React app. Engine REST uses HTTP Basic instead (see SecurityConfig). */
@RestController
public class AuthController {

  private final AuthService auth;
  private final AgencyService agencies;
  private final UserProfileMapper profiles;
  private final SecurityContextRepository contextRepository;
  private final CsrfTokenRepository csrfTokens;

  public AuthController(
      AuthService auth, AgencyService agencies, UserProfileMapper profiles,
      SecurityContextRepository contextRepository, CsrfTokenRepository csrfTokens) {
    this.auth = auth;
    this.agencies = agencies;
    this.profiles = profiles;
    this.contextRepository = contextRepository;
    this.csrfTokens = csrfTokens;
  }

  public record LoginRequest(@NotBlank String username, @NotBlank String password) {}

  public record Preferences(@NotBlank @Pattern(regexp = "zh-CN|en", message = "{validation.locale}") String locale) {}

  /** Makes sure the XSRF-TOKEN cookie is set before the first POST. */
  @GetMapping("/api/csrf")
  public Map<String, String> csrf(CsrfToken token) {
    return Map.of("headerName", token.getHeaderName());
  }

  @PostMapping("/api/auth/login")
  public Me login(@Valid @RequestBody LoginRequest login, HttpServletRequest request, HttpServletResponse response) {
    CurrentUser user = auth.authenticate(login.username().trim(), login.password());
    // New session id on login (session fixation), new CSRF token for the new session.
    HttpSession session = request.getSession(false);
    if (session != null) {
      request.changeSessionId();
    } else {
      request.getSession(true);
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
        user, null, user.groups().stream().map(g -> new SimpleGrantedAuthority("GROUP_" + g)).toList()));
    SecurityContextHolder.setContext(context);
    contextRepository.saveContext(context, request, response);
    csrfTokens.saveToken(null, request, response);
    csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
    return toMe(user, user.locale());
  }

  @PostMapping("/api/auth/logout")
  public ResponseEntity<Void> logout(HttpServletRequest request, HttpServletResponse response) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    SecurityContextHolder.clearContext();
    csrfTokens.saveToken(null, request, response);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/me")
  public Me me(@AuthenticationPrincipal CurrentUser user) {
    UserProfile profile = profiles.find(user.username());
    return toMe(user, profile == null ? user.locale() : profile.locale());
  }

  @PutMapping("/api/me/preferences")
  public ResponseEntity<Void> preferences(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody Preferences prefs) {
    if (profiles.updateLocale(user.username(), prefs.locale()) == 0) {
      profiles.insert(new UserProfile(user.username(), user.agencyCode(), prefs.locale(), null));
    }
    return ResponseEntity.noContent().build();
  }

  private Me toMe(CurrentUser user, String locale) {
    var agency = agencies.find(user.agencyCode()).orElseThrow(ApiException::forbidden);
    return new Me(user.username(), user.displayName(), user.groups(),
        new Me.AgencyRef(agency.code(), agency.name(), agency.shortName()), locale);
  }
}
