/**
 * Sign-in and the rules of the road: accounts from the {@code account} table, a form login with
 * CSRF and a session timeout for the web app, HTTP Basic without sessions for the API, and the
 * public paths (the law, the screener, health) that need no account.
 */
package org.ansinh.server.platform.security;
