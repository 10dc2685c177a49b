package org.daftar.app.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstalledThemesTest {

    @Test
    void theThemesModuleInstallsDefaultDarkAndHighContrast() {
        assertThat(InstalledThemes.on(getClass().getClassLoader())).containsExactly("dark", "default", "high-contrast");
    }
}
