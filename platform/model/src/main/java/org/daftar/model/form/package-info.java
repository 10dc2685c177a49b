/** Forms: how a record is entered — sections, columns, field order, help, defaults and rules. */
package org.daftar.model.form;
