/** The record service as a Spring bean: what screens and the policy engine save through. */
package org.daftar.app.records;
