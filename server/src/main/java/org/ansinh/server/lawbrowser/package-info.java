/**
 * The law browser ({@code /law}, public): every legal parameter in its folder of the legal tree
 * with its dated values and references, every variable with its labels and its formulas' legal
 * basis, the seed studies' reforms with their settings and passages, and a search that needs no
 * diacritics. Its public {@link org.ansinh.server.lawbrowser.LawValue} shows a value of the law the
 * same way on every page. Reads the {@code Legislation} bean; uses {@code platform} (the layout).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Law browser")
package org.ansinh.server.lawbrowser;
