/**
 * Linking: the checks that need more than one file or more than a schema can say — unknown fields
 * named by forms, lists and reports, references to missing entities, duplicate ids, expressions
 * that do not parse or type-check, cycles among computed fields, sample data that breaks its
 * entity's record schema. One small class per kind of definition, all reporting to one
 * {@link org.daftar.model.link.Problems} collector with file, line and column.
 */
package org.daftar.model.link;
