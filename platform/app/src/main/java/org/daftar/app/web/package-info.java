/**
 * Plain HTTP beside the Vaadin page: the published JSON Schemas of the definition kinds at
 * {@code /schemas/{kind}.schema.json} ({@link org.daftar.app.web.SchemaController}), and the line
 * that tells where Daftar is running ({@link org.daftar.app.web.StartupMessage}).
 */
package org.daftar.app.web;
