/**
 * The designer: admins make and change apps in the browser without YAML, Java or a restart.
 *
 * <ul>
 *   <li>{@code publish} — turns a set of definition files into the definitions every screen runs
 *       on: check, plan, apply and record the version in one transaction, swap the screens'
 *       services; the start-up rule between the files and the published versions.</li>
 *   <li>{@code files} — apps as zip files in and out, and the watched folder of development.</li>
 *   <li>{@code session} — the signed-in admin's work, every call checked on the server.</li>
 *   <li>{@code draft} — what an admin changed and has not published, invisible to staff.</li>
 *   <li>{@code yaml}, {@code editor}, {@code yamlview}, {@code preview} — a file as a tree, its
 *       structured editor per kind, its YAML view with the problems at line and column, and the
 *       form and list as staff will see them.</li>
 *   <li>{@code publishdialog}, {@code versions}, {@code screen} — the publish dialog with the plan,
 *       versions with diff and rollback, and the designer's pages.</li>
 * </ul>
 */
package org.daftar.designer;
