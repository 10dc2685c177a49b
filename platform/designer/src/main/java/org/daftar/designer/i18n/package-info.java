/** The designer's texts in English and Arabic ({@code designer_en.properties}, {@code designer_ar.properties}). */
package org.daftar.designer.i18n;
