package org.ansinh.server.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page (what each kind of user can do here) and the sign-in form. */
@Controller
class PageController {

  @GetMapping("/")
  String home() {
    return "home";
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }
}
