package org.daftar.app;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context every Spring test shares: Daftar on an embedded PostgreSQL in a fresh
 * data folder (one per test JVM, under {@code target/}, see {@link TestDataFolders}), with the definitions of
 * {@link Fixtures#VALID}. Extend it, and add no configuration of your own, so the context is built
 * once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
public abstract class DaftarSpringTest {

    /** This test JVM's data folder. */
    protected static final Path DATA_DIR = TestDataFolders.fresh();

    @DynamicPropertySource
    static void daftarProperties(DynamicPropertyRegistry registry) {
        registry.add("daftar.data-dir", DATA_DIR::toString);
        registry.add("daftar.definitions.dir", Fixtures.VALID::toString);
    }
}
