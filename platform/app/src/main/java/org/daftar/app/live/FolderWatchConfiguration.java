package org.daftar.app.live;

import java.nio.file.Path;
import org.daftar.app.config.ProcessOwner;
import org.daftar.app.definitions.DefinitionOrigin;
import org.daftar.app.definitions.LoadedDefinitions;
import org.daftar.designer.files.FolderWatch;
import org.daftar.designer.publish.PublishingWorkspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Development: with {@code daftar.definitions.watch=true} the definitions folder is watched and
 * every saved change is published (as files) without a restart; files with problems are logged at
 * file, line and column and change nothing. Off by default: on a server, the designer publishes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "daftar.definitions.watch")
public class FolderWatchConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatchConfiguration.class);

    @Bean(destroyMethod = "close")
    FolderWatch definitionsFolderWatch(LoadedDefinitions loaded, PublishingWorkspace workspace) {
        if (!(loaded.origin() instanceof DefinitionOrigin.Folders folders) || folders.folders().size() != 1) {
            LOG.warn("daftar.definitions.watch is on, but the definitions are the built-in apps: there is no folder to watch");
            return null;
        }
        Path folder = folders.folders().getFirst();
        return FolderWatch.start(folder, workspace, ProcessOwner.name(), FolderWatch.DEBOUNCE);
    }
}
