package org.daftar.ui.list;

/**
 * A user's named view of a list.
 *
 * @param name the name the user gave it
 * @param state the list's state as a URL query string ({@code sort=-order_date&status=in:draft}), see {@link ListState}
 * @param isDefault true when the list opens with this view
 */
public record SavedView(String name, String state, boolean isDefault) {}
