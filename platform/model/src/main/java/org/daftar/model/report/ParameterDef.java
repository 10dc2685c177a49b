package org.daftar.model.report;

import org.daftar.model.LocalizedText;
import org.daftar.model.SourceRef;

/**
 * A value asked for when a report runs.
 *
 * @param type a field type name ({@code date}, {@code text}, {@code integer}, ...)
 * @param defaultValue a literal, or {@code "=expression"}
 */
public record ParameterDef(String id, String type, LocalizedText label, Object defaultValue, SourceRef at) {}
