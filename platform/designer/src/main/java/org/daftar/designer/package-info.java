/**
 * The designer: admins make and change apps in the browser without YAML, Java or a restart.
 * {@code publish} turns a set of definition files into the definitions every screen runs on (plan,
 * apply, keep the version); the screens over it edit drafts and publish them.
 */
package org.daftar.designer;
