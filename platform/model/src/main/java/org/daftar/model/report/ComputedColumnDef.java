package org.daftar.model.report;

import org.daftar.model.ExpressionText;
import org.daftar.model.LocalizedText;

/** A column computed for each source row before grouping: {@code expression as name}. */
public record ComputedColumnDef(String as, ExpressionText expression, LocalizedText label) {}
