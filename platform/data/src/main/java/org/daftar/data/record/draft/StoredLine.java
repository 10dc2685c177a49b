package org.daftar.data.record.draft;

import java.util.Map;

/** A line as it is in its table: id, version, position among its parent's lines (from 1) and field values. */
public record StoredLine(long id, int version, int lineNo, Map<String, Object> values) {}
