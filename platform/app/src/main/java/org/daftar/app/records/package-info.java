/** The record service and the attachment store as Spring beans: what screens and the policy engine save through. */
package org.daftar.app.records;
