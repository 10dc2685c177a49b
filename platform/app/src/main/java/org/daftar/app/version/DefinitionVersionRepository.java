package org.daftar.app.version;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The rows of {@code daftar_definition_version}. */
public interface DefinitionVersionRepository extends JpaRepository<DefinitionVersion, Long> {

    /** The definitions loaded most recently. */
    Optional<DefinitionVersion> findFirstByOrderByLoadedAtDescIdDesc();

    Optional<DefinitionVersion> findByChecksum(String checksum);
}
