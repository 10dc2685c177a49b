package org.daftar.query.compile;

/** Where a value stood in a query: the index of the bound parameter that takes its place. */
public record Slot(int index) {}
