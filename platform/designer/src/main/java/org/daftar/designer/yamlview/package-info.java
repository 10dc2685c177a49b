/**
 * The YAML view of a definition file: its text, editable, with the check's problems of that file
 * listed under it at line and column; choosing a problem puts the caret there.
 */
package org.daftar.designer.yamlview;
