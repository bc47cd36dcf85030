package org.ansinh.engine.parameter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** All parameters of a legislation by dotted path, with the descriptions of folders. */
public final class ParameterTree {

  private final NavigableMap<String, Parameter> leaves;
  private final Map<String, String[]> folderDescriptions;

  public ParameterTree(Map<String, Parameter> leaves, Map<String, String[]> folderDescriptions) {
    this.leaves = Collections.unmodifiableNavigableMap(new TreeMap<>(leaves));
    this.folderDescriptions = Collections.unmodifiableMap(new TreeMap<>(folderDescriptions));
  }

  /**
   * @throws ParameterException naming the path and the nearest existing ones
   */
  public Parameter get(String path) {
    Parameter p = leaves.get(path);
    if (p == null) {
      throw new ParameterException("no parameter '" + path + "'" + suggestions(path));
    }
    return p;
  }

  public boolean contains(String path) {
    return leaves.containsKey(path);
  }

  public Collection<Parameter> all() {
    return leaves.values();
  }

  /** The paths of the parameters under the folder {@code folder} (at any depth), in order. */
  public List<String> pathsUnder(String folder) {
    // '/' sorts right after '.': the range holds exactly the paths that start with "folder."
    return List.copyOf(leaves.subMap(folder + ".", true, folder + "/", false).keySet());
  }

  /** {vi, en} descriptions of a folder, or null. */
  public String[] folderDescription(String path) {
    return folderDescriptions.get(path);
  }

  /** A tree with some parameters replaced (for reforms); unknown paths are an error. */
  public ParameterTree with(Collection<Parameter> replacements) {
    Map<String, Parameter> copy = new LinkedHashMap<>(leaves);
    for (Parameter p : replacements) {
      if (!copy.containsKey(p.path())) {
        throw new ParameterException(
            "cannot patch unknown parameter '" + p.path() + "'" + suggestions(p.path()));
      }
      copy.put(p.path(), p);
    }
    return new ParameterTree(copy, folderDescriptions);
  }

  private String suggestions(String path) {
    String prefix = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
    List<String> near = new ArrayList<>();
    for (String k : leaves.keySet()) {
      if (!prefix.isEmpty() && k.startsWith(prefix)) {
        near.add(k);
      }
    }
    return near.isEmpty()
        ? ""
        : "; under " + prefix + ": " + near.subList(0, Math.min(8, near.size()));
  }
}
