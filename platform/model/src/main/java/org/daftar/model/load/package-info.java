/**
 * Loading definitions: files are parsed (YAML or JSON, keeping line and column of every value),
 * checked against the published JSON Schema of their kind, read into the model records and then
 * handed to the {@link org.daftar.model.link linker}. Every problem of every file is collected;
 * loading never stops at the first one.
 */
package org.daftar.model.load;
