/**
 * Apps as files: an app exported as a zip of its definition files (entries {@code APP/...}, the
 * layout of {@code definitions/}), and such a zip read back for an import.
 */
package org.daftar.designer.transfer;
