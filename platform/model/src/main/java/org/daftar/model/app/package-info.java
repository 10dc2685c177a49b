/**
 * An app: its own settings ({@link org.daftar.model.app.AppDef}, read from {@code app.yaml}) and
 * the parts that belong to it ({@link org.daftar.model.app.App}).
 */
package org.daftar.model.app;
