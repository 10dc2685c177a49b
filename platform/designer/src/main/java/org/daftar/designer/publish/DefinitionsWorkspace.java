package org.daftar.designer.publish;

import java.util.List;
import org.daftar.data.migration.Plan;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.LoadResult;

/**
 * The published definitions of the running server and the way to change them. Files are always the
 * whole set (every app), named as in {@code definitions/}: {@code APP/app.yaml},
 * {@code APP/entities/ENTITY.yaml}, {@code APP/forms/FORM.yaml}, {@code APP/lists/LIST.yaml},
 * {@code APP/reports/REPORT.yaml}, {@code APP/roles/ROLE.yaml}, {@code APP/data/ENTITY.yaml}.
 *
 * <pre>{@code
 * List<DefinitionSource> files = workspace.published();     // edit some of them, then:
 * LoadResult check = workspace.check(files);                // problems at file:line:column
 * Plan plan = workspace.plan(files);                        // the tables' changes, in words
 * PublishOutcome outcome = workspace.publish(files, "Add a phone to customers", "admin");
 * }</pre>
 */
public interface DefinitionsWorkspace {

    /** The files of the definitions every screen runs on now, in location order. */
    List<DefinitionSource> published();

    /** Loads and links {@code files} without changing anything: every problem, or the definitions. */
    LoadResult check(List<DefinitionSource> files);

    /**
     * What publishing {@code files} would do to the tables (each step in words and SQL, refused
     * steps with their reason), read from the live database without changing it.
     *
     * @throws IllegalArgumentException when the files have problems ({@link #check})
     */
    Plan plan(List<DefinitionSource> files);

    /**
     * Checks the files, applies their plan in one transaction (a plan with a refused step applies
     * nothing), makes them the definitions of every screen from the next navigation, and keeps
     * them as a new version with {@code comment} and {@code user}. Nothing changes unless the
     * outcome is {@link PublishOutcome.Status#PUBLISHED}.
     */
    PublishOutcome publish(List<DefinitionSource> files, String comment, String user);

    /** Every published version, newest first. */
    List<Release> releases();

    /** The files of version {@code number}, in location order. */
    List<DefinitionSource> files(long number);

    /**
     * Publishes the files of version {@code number} again as a new version ("Rolled back to
     * version N"), with its own plan: a rollback that would lose data is refused like any publish.
     */
    default PublishOutcome rollback(long number, String user) {
        return publish(files(number), "Rolled back to version " + number, user);
    }
}
