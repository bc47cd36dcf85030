package org.ansinh.server.registry;

import java.util.List;

/**
 * What an uploaded file would do, kept on the server until it is committed or discarded: rows read,
 * households and persons new or matching records already in the registry (household by code, person
 * by national ID), every error naming its row and field (the first {@value RegistryImport#SHOWN}
 * shown), and probable duplicates the committer must confirm. A file with any error cannot be
 * committed: nothing of it is written.
 */
public record ImportPreview(
    long id,
    String fileName,
    int rows,
    int newHouseholds,
    int matchingHouseholds,
    int newPersons,
    int matchingPersons,
    int errorCount,
    List<FieldError> errors,
    List<ProbableDuplicate> probableDuplicates) {

  /**
   * A new person with the same folded name and birth date as another in the same household: a row
   * of the file, a person already in the registry, or both.
   */
  public record ProbableDuplicate(int row, Integer sameAsRow, Long sameAsPerson) {}

  public boolean committable() {
    return errorCount == 0;
  }
}
