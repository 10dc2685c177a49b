/**
 * Drafts: what an admin changed in an app and has not published yet, kept in the table
 * {@code daftar_designer_draft} ({@code V9__designer_drafts.sql}). The draft of an app is its
 * published files overlaid with the draft's files ({@link org.daftar.designer.draft.AppDraft});
 * staff never see it, and publishing or "Discard draft" clears it.
 */
package org.daftar.designer.draft;
