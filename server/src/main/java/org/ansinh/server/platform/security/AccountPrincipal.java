package org.ansinh.server.platform.security;

import java.util.Collection;
import java.util.List;
import org.ansinh.server.platform.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in account as Spring Security holds it; carries the {@link Actor}. */
public record AccountPrincipal(Actor actor, String displayName, String passwordHash)
    implements UserDetails {

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return actor.username();
  }
}
