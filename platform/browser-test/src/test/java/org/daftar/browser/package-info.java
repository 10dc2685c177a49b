/**
 * Smoke tests in a real browser: the packaged jar started as a user starts it, headless Chromium
 * driving the generated screens, screenshots for the README.
 */
package org.daftar.browser;
