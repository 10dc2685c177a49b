/** The files of attachment fields: kept apart from the records, which hold only a reference. */
package org.daftar.data.attachment;
