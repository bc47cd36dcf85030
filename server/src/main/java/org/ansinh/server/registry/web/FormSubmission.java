package org.ansinh.server.registry.web;

import java.util.Locale;
import java.util.function.Supplier;
import org.ansinh.server.platform.InvalidFieldException;
import org.ansinh.server.registry.DuplicateRecordException;
import org.ansinh.server.registry.RecordRules;
import org.ansinh.server.registry.StaleVersionException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one way a registry form is submitted (a person, a household, an enrolment, a move, a
 * duplicate decision): every field is checked by {@link RecordRules} first so that all errors show
 * at once, each next to its field; then the registry's service makes the change (scope, optimistic
 * locking, duplicates, history) and its refusals are placed next to the field they name.
 */
@Component
class FormSubmission {

  static final int UNPROCESSABLE = 422;
  static final int CONFLICT = 409;

  /** What became of a submission: the record saved, or the form to show again with its status. */
  record Outcome<T>(T saved, RecordForm form, int status) {
    boolean ok() {
      return saved != null;
    }
  }

  private final MessageSource messages;

  FormSubmission(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * Runs {@code change} (which answers what it saved, never null) if {@code checked} passed.
   * Otherwise, or when the service refuses, the form with each error next to its field; when
   * someone else changed the record first, {@code current} (the record as it now is) with what this
   * officer entered kept beside each field.
   */
  <T> Outcome<T> submit(
      RecordForm form,
      RecordRules.Checked checked,
      Supplier<T> change,
      Supplier<RecordForm> current) {
    if (!checked.ok()) {
      form.errors(checked.errors());
      return new Outcome<>(null, form, UNPROCESSABLE);
    }
    try {
      return new Outcome<>(change.get(), form, 200);
    } catch (StaleVersionException e) {
      return new Outcome<>(null, form.staleAgainst(current.get()), CONFLICT);
    } catch (DuplicateRecordException e) {
      duplicate(form, e);
    } catch (InvalidFieldException e) {
      refused(form, e);
    }
    return new Outcome<>(null, form, UNPROCESSABLE);
  }

  private void duplicate(RecordForm form, DuplicateRecordException e) {
    String field = e.field().replaceFirst("^fields\\.", "");
    if (e.certain()) {
      form.error(field, message("registry.person.duplicate.certain"));
    } else {
      form.error(field, message("registry.person.duplicate.probable"));
      form.probableDuplicate();
    }
  }

  /** A refusal of the service that names a field: the evidence, or a field the rules passed. */
  private void refused(RecordForm form, InvalidFieldException e) {
    String field = e.field().replaceFirst("^fields\\.", "");
    if (field.equals("evidence")) {
      form.error("evidence", message("registry.person.evidence.required"));
    } else {
      // The service words its refusals "tiếng Việt / English".
      String[] both = e.getMessage().split(" / ", 2);
      form.error(field, new RecordForm.Message(both[0], both.length > 1 ? both[1] : both[0]));
    }
  }

  /** A message of the registry's bundle in both languages. */
  RecordForm.Message message(String key) {
    return new RecordForm.Message(
        messages.getMessage(key, null, Locale.forLanguageTag("vi")),
        messages.getMessage(key, null, Locale.ENGLISH));
  }
}
