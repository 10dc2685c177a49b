package org.daftar.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.daftar.app.DaftarSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StartupMessageTest extends DaftarSpringTest {

    @Autowired
    StartupMessage message;

    @Test
    void saysHowManyAppsAreLoadedAndWhereTheDataIs() {
        assertThat(message.text()).isEqualTo("Daftar is ready — 2 apps loaded (data in " + DATA_DIR + ")");
    }
}
