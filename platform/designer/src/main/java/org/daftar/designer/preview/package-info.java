/**
 * The live preview: the form and the list being designed as staff will see them, built from the
 * draft's definitions with the ui module's own form renderers and list columns. Nothing is saved
 * from a preview ({@link org.daftar.designer.preview.PreviewGateway}).
 */
package org.daftar.designer.preview;
