/**
 * The definitions language of Daftar: what an admin writes to define an app.
 *
 * <p>{@link org.daftar.model.Definitions} is the root of an immutable model made of Java records,
 * one package per kind of definition ({@code app}, {@code entity}, {@code form}, {@code list},
 * {@code report}, {@code role}, {@code data}). The model is read from YAML or JSON files by
 * {@code load}, checked against the published JSON Schemas and then by the {@code link} visitors,
 * which report every problem with file, line and column. Nothing here knows Spring or Vaadin.
 */
package org.daftar.model;
