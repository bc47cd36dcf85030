/**
 * The registry's web pages, for officers at the desk: search, a household as a unit with the form
 * of its own facts, a person's form with the record rules' errors next to each field, their
 * enrolments' forms and the move to another household, change history, import with preview, and the
 * probable duplicates. Every form is submitted through {@code FormSubmission} and shown by {@code
 * RecordForm}. Every page calls the registry's services ({@link
 * org.ansinh.server.registry.RegistrySearch}, {@link org.ansinh.server.registry.HouseholdRegistry},
 * {@link org.ansinh.server.registry.PersonRegistry}, {@link
 * org.ansinh.server.registry.EnrolmentRegistry}, {@link org.ansinh.server.registry.Duplicates},
 * {@link org.ansinh.server.registry.RecordRules}, {@link
 * org.ansinh.server.registry.RegistryImport}), so scope, validation and history are decided there,
 * once, for the API and the pages alike; the pages only word the answers in the reader's language.
 */
package org.ansinh.server.registry.web;
