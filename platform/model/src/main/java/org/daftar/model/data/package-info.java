/**
 * Sample data: records that come with an app and are loaded once into an empty database.
 * References are written as the natural key of the referenced record.
 */
package org.daftar.model.data;
