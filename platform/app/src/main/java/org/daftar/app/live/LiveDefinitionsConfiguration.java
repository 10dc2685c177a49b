package org.daftar.app.live;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.daftar.app.config.ProcessOwner;
import org.daftar.app.definitions.LoadedDefinitions;
import org.daftar.app.definitions.DefinitionsReader;
import org.daftar.app.schema.UnsafeSchemaChangeException;
import org.daftar.designer.publish.PublishingWorkspace;
import org.daftar.designer.publish.ReleaseStore;
import org.daftar.designer.publish.StartupRule;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.model.load.DefinitionSource;
import org.daftar.plugin.Plugins;
import org.daftar.security.audit.AccessAudit;
import org.daftar.ui.runtime.RuntimeFactory;
import org.daftar.ui.runtime.RuntimeHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What screens run on, made at start and replaced by every publish: the start-up rule decides
 * between the definition files and the newest published version
 * ({@link StartupRule}), the {@link RuntimeHolder} holds the snapshot built for them, and the
 * {@link PublishingWorkspace} publishes new ones into it.
 *
 * <p>Order at start: Flyway runs the platform's migrations ({@code flywayInitializer}), the files
 * are read and checked ({@code loadedDefinitions}, refusing to start when they have problems),
 * then {@code definitionsAtStart} applies the rule; an unsafe plan refuses to start with
 * {@link UnsafeSchemaChangeException}.
 */
@Configuration(proxyBeanMethods = false)
public class LiveDefinitionsConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(LiveDefinitionsConfiguration.class);

    /** Loads files as at start: the plugins' field types and the installed themes. */
    @Bean
    DefinitionLoader definitionLoader(Plugins plugins) {
        return new DefinitionsReader(plugins.fieldTypes()).loader();
    }

    @Bean
    RuntimeFactory runtimeFactory(DataSource dataSource, DefinitionLoader definitionLoader, AccessAudit accessAudit,
            @Value("${daftar.sql-mode.timeout-seconds:30}") long timeoutSeconds) {
        return new RuntimeFactory(dataSource, definitionLoader.fieldTypes(), accessAudit, Duration.ofSeconds(timeoutSeconds));
    }

    @Bean
    ReleaseStore releaseStore(DataSource dataSource) {
        return new ReleaseStore(dataSource);
    }

    @Bean
    StartupRule.Start definitionsAtStart(LoadedDefinitions loaded, DefinitionLoader definitionLoader, RuntimeFactory runtimeFactory,
            ReleaseStore releaseStore, ObjectProvider<FlywayMigrationInitializer> flyway) {
        flyway.ifAvailable(initializer -> {
            // created (and so run) before the rule: it needs the platform's tables
        });
        long started = System.nanoTime();
        StartupRule.Start start = start(new StartupRule(definitionLoader, runtimeFactory, releaseStore), loaded);
        LOG.info("Definitions: {} in {} ms", describe(start), (System.nanoTime() - started) / 1_000_000);
        return start;
    }

    /**
     * Applies the start-up rule to the files read at start, published by the process owner.
     *
     * @throws UnsafeSchemaChangeException when the tables cannot follow without losing or changing data
     */
    public static StartupRule.Start start(StartupRule rule, LoadedDefinitions loaded) {
        List<DefinitionSource> files = FileLocations.asPublished(loaded.origin(), loaded.sources());
        StartupRule.Start start = rule.start(files, ProcessOwner.name());
        if (start.refused()) {
            throw new UnsafeSchemaChangeException(start.migration().plan(), FileLocations.commandArguments(loaded.origin()));
        }
        return start;
    }

    @Bean
    RuntimeHolder runtimeHolder(StartupRule.Start definitionsAtStart) {
        return definitionsAtStart.holder();
    }

    @Bean
    PublishingWorkspace definitionsWorkspace(DefinitionLoader definitionLoader, RuntimeFactory runtimeFactory,
            ReleaseStore releaseStore, RuntimeHolder runtimeHolder) {
        return new PublishingWorkspace(definitionLoader, runtimeFactory, releaseStore, runtimeHolder);
    }

    private static String describe(StartupRule.Start start) {
        long number = start.release().number();
        String steps = start.migration().plan().isEmpty() ? "tables unchanged" : "applied " + start.migration().plan().summary();
        return switch (start.kind()) {
            case PUBLISHED_FILES -> "the files are published as version " + number + " (" + steps + ")";
            case RECORDED_FILES -> "the files equal the published definitions, recorded as version " + number + " (" + steps + ")";
            case KEPT_RELEASE -> "running on published version " + number + " (from " + start.release().origin()
                    + "): the files are unchanged since they were last published (" + steps + ")";
            case REFUSED -> "refused";
        };
    }
}
