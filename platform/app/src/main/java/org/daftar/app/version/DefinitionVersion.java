package org.daftar.app.version;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of {@code daftar_definition_version}: a set of definitions that Daftar started with. */
@Entity
@Table(name = "daftar_definition_version")
public class DefinitionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String checksum;

    @Column(nullable = false)
    private int apps;

    @Column(nullable = false)
    private int entities;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    @Column(name = "loaded_by", nullable = false)
    private String loadedBy;

    protected DefinitionVersion() {
    }

    public DefinitionVersion(String checksum, int apps, int entities, Instant loadedAt, String loadedBy) {
        this.checksum = checksum;
        this.apps = apps;
        this.entities = entities;
        this.loadedAt = loadedAt;
        this.loadedBy = loadedBy;
    }

    /** Marks these definitions as loaded again, when Daftar goes back to them. */
    void reloaded(Instant at, String by) {
        this.loadedAt = at;
        this.loadedBy = by;
    }

    public Long getId() {
        return id;
    }

    public String getChecksum() {
        return checksum;
    }

    public int getApps() {
        return apps;
    }

    public int getEntities() {
        return entities;
    }

    public Instant getLoadedAt() {
        return loadedAt;
    }

    public String getLoadedBy() {
        return loadedBy;
    }
}
