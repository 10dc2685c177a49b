/**
 * The record service's messages, in Arabic and English: one template per rule kind
 * ({@link org.daftar.data.record.message.Message}), filled with the labels of fields and entities
 * in the same language ({@link org.daftar.data.record.message.Labels}). Every path that writes a
 * record — form, import, API, sample data — gets the same messages.
 */
package org.daftar.data.record.message;
