package org.ansinh.server.registry;

import java.util.List;

/**
 * One page of a search: page numbers start at 1; {@code total} counts every match in scope.
 *
 * @param <T> what is listed
 */
public record ResultPage<T>(int page, int size, long total, List<T> items) {}
