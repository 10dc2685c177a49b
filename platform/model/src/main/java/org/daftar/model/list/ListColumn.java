package org.daftar.model.list;

import org.daftar.model.FieldRef;
import org.daftar.model.LocalizedText;

/** A column of a list: a field or a path along references, with an optional label and width. */
public record ListColumn(FieldRef field, LocalizedText label, String width) {}
