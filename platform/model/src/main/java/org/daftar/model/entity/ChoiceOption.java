package org.daftar.model.entity;

import org.daftar.model.LocalizedText;
import org.daftar.model.SourceRef;

/** One option of a choice field: the value stored and the label shown. */
public record ChoiceOption(String value, LocalizedText label, SourceRef at) {}
