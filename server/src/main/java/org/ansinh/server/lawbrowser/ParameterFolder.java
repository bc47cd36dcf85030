package org.ansinh.server.lawbrowser;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ansinh.engine.parameter.Parameter;
import org.ansinh.engine.parameter.ParameterTree;

/**
 * A folder of the parameter tree — the legal tree the YAML files are laid out in ({@code
 * health_insurance/local_support/hcmc/...}) — with its description, subfolders and parameters.
 *
 * @param path dotted path of the folder, empty for the root
 * @param descriptionVi the folder's {@code index.yaml} description, or its last path segment
 */
record ParameterFolder(
    String path,
    String descriptionVi,
    String descriptionEn,
    List<ParameterFolder> folders,
    List<Parameter> parameters) {

  /** The description in {@code lang} ({@code vi} or {@code en}). */
  public String description(String lang) {
    return "en".equals(lang) ? descriptionEn : descriptionVi;
  }

  /** How many parameters the folder holds, in all its subfolders. */
  public int size() {
    return parameters.size() + folders.stream().mapToInt(ParameterFolder::size).sum();
  }

  /** The whole tree, folders and parameters in path order. */
  static ParameterFolder root(ParameterTree tree) {
    return build("", tree.all(), tree);
  }

  private static ParameterFolder build(
      String path, Collection<Parameter> inside, ParameterTree tree) {
    Map<String, List<Parameter>> bySubfolder = new LinkedHashMap<>();
    List<Parameter> leaves = new ArrayList<>();
    int from = path.isEmpty() ? 0 : path.length() + 1;
    for (Parameter p : inside) {
      String rest = p.path().substring(from);
      int dot = rest.indexOf('.');
      if (dot < 0) {
        leaves.add(p);
      } else {
        String sub = (path.isEmpty() ? "" : path + ".") + rest.substring(0, dot);
        bySubfolder.computeIfAbsent(sub, k -> new ArrayList<>()).add(p);
      }
    }
    List<ParameterFolder> folders = new ArrayList<>();
    bySubfolder.forEach((sub, ps) -> folders.add(build(sub, ps, tree)));
    String[] d = path.isEmpty() ? null : tree.folderDescription(path);
    String name = path.substring(path.lastIndexOf('.') + 1);
    return new ParameterFolder(
        path,
        d == null ? name : d[0],
        d == null ? name : d[1],
        List.copyOf(folders),
        List.copyOf(leaves));
  }
}
