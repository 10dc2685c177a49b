package org.daftar.designer.editor;

/** Labels made from ids, for what the admin adds before giving it a label of its own. */
final class Labels {

    private Labels() {}

    /** {@code unit_price} → {@code Unit price}. */
    static String fromId(String id) {
        String words = id.replace('_', ' ').strip();
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
