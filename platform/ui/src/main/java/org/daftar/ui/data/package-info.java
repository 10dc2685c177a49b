/**
 * The one door between screens and data: {@link org.daftar.ui.data.DataGateway}. The application
 * supplies the implementation that applies the signed-in user's permissions.
 */
package org.daftar.ui.data;
