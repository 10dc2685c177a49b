/**
 * The home page listing the loaded apps, with the definitions version. The page shell, language
 * switch and generated screens are in the {@code ui} module ({@code org.daftar.ui}).
 */
package org.daftar.app.ui;
