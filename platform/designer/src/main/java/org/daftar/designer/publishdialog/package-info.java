/**
 * Publishing from the designer: the check's problems or the plan's steps in words (refused steps
 * highlighted with their reason), a comment, and the outcome; the same plan view serves rollbacks
 * and imports.
 */
package org.daftar.designer.publishdialog;
