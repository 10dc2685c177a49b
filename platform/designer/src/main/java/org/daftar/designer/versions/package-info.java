/**
 * Published versions in the designer: who published each, when and why; a readable comparison of
 * two versions (files added, removed and changed, and the changed lines of each); and rollback to
 * a version after its plan was shown.
 */
package org.daftar.designer.versions;
