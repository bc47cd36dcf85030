package org.ansinh.server.platform;

import java.util.Optional;
import org.ansinh.server.platform.security.AccountPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The actor of the request being answered: the signed-in account. */
@Component
public class CurrentActor {

  /** The signed-in actor, if any. */
  public Optional<Actor> find() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p) {
      return Optional.of(p.actor());
    }
    return Optional.empty();
  }

  /** The signed-in actor; refuses (403, or 401 to an anonymous caller) when nobody is. */
  public Actor get() {
    return find().orElseThrow(() -> new AccessDeniedException("sign in first"));
  }
}
