/**
 * What every page of the web app shares: the layout ({@code templates/layout.html}), the two
 * languages (Vietnamese by default, English on request, remembered in a cookie), the message
 * bundles of every module ({@code messages/<module>_vi.properties} and {@code _en}), and numbers,
 * money and dates written the Vietnamese way.
 */
package org.ansinh.server.platform.web;
