package org.daftar.model.app;

import java.util.List;
import org.daftar.model.LocalizedText;
import org.daftar.model.SourceRef;

/** An entry of an app's navigation: a link to a list, report or form, or a labelled group. */
public sealed interface MenuItem {

    SourceRef at();

    /** What a menu link opens. */
    enum Target {
        LIST,
        REPORT,
        FORM
    }

    /** Opens the list, report or form with the id {@code id}. */
    record Link(Target target, String id, SourceRef at) implements MenuItem {}

    /** A labelled group of menu items. */
    record Group(LocalizedText label, List<MenuItem> items, SourceRef at) implements MenuItem {
        public Group {
            items = List.copyOf(items);
        }
    }
}
