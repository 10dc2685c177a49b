/** Lists: how records are found — columns, default sort, filters, quick search. */
package org.daftar.model.list;
