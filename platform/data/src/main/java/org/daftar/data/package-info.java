/**
 * Storage: definitions become real PostgreSQL tables ({@code schema}), evolve through migration
 * plans, and hold records written through one record service.
 */
package org.daftar.data;
