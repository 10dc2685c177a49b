package org.daftar.ui.list;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Views": the user's saved views of a list (choosing one applies it; the default is marked), and
 * saving the current state under a name, renaming and deleting the view in use, and making it the
 * one the list opens with. Views are kept per user in the {@link SavedViewStore}. The button
 * names the view in use; the items are made when the menu opens ({@link MenuButton}).
 */
final class SavedViewsMenu extends MenuButton {

    private final SavedViewStore store;
    private final String owner;
    private final String list;
    private final BiFunction<String, Object, String> texts;
    private final Supplier<ListState> current;
    private final Consumer<ListState> apply;
    private String inUse;

    /**
     * @param list the list, {@code app.list}
     * @param current the list's state now
     * @param apply shows the list in a view's state
     */
    SavedViewsMenu(SavedViewStore store, String owner, String list, BiFunction<String, Object, String> texts,
            Supplier<ListState> current, Consumer<ListState> apply) {
        super("views");
        this.store = store;
        this.owner = owner;
        this.list = list;
        this.texts = texts;
        this.current = current;
        this.apply = apply;
        rebuild();
    }

    /** The name of the view last chosen or saved, or null. */
    String inUse() {
        return inUse;
    }

    /** Marks {@code name} as the view in use (the list opened with it). */
    void use(String name) {
        inUse = name;
        rebuild();
    }

    /** Forgets the view in use: the user changed the list since. */
    void changed() {
        if (inUse != null && store.view(owner, list, inUse).map(v -> !ListState.of(v.state()).equals(current.get())).orElse(true)) {
            inUse = null;
            rebuild();
        }
    }

    /** Shows the view in use on the button. */
    private void rebuild() {
        setText(texts.apply("list.views", null) + (inUse == null ? "" : ": " + inUse));
    }

    @Override
    protected void fill(ContextMenu menu) {
        for (SavedView view : store.views(owner, list)) {
            MenuItem item = menu.addItem(view.name() + (view.isDefault() ? " ★" : ""), click -> {
                inUse = view.name();
                apply.accept(ListState.of(view.state()));
                rebuild();
            });
            item.setId("view-" + view.name().replaceAll("[^\\p{L}\\p{N}_-]", "_"));
        }
        menu.addSeparator();
        menu.addItem(texts.apply("list.views.save", null), click -> askName(inUse == null ? "" : inUse, this::save))
                .setId("save-view");
        if (inUse != null) {
            menu.addItem(texts.apply("list.views.rename", null), click -> askName(inUse, this::rename)).setId("rename-view");
            menu.addItem(texts.apply("list.views.default", null), click -> {
                store.setDefault(owner, list, inUse);
                rebuild();
            }).setId("default-view");
            menu.addItem(texts.apply("list.views.delete", null), click -> {
                store.delete(owner, list, inUse);
                inUse = null;
                rebuild();
            }).setId("delete-view");
        }
    }

    private void save(String name) {
        store.save(owner, list, name, current.get().toQueryString());
        inUse = name.strip();
        rebuild();
        Notification.show(texts.apply("list.views.saved", inUse), 3_000, Notification.Position.BOTTOM_START);
    }

    private void rename(String name) {
        if (!store.rename(owner, list, inUse, name.strip())) {
            Notification.show(texts.apply("list.views.taken", name.strip()), 4_000, Notification.Position.MIDDLE);
            return;
        }
        inUse = name.strip();
        rebuild();
    }

    private void askName(String initial, Consumer<String> done) {
        Dialog dialog = new Dialog();
        dialog.setId("view-name-dialog");
        dialog.setHeaderTitle(texts.apply("list.views.name", null));
        TextField name = new TextField();
        name.setId("view-name");
        name.setValue(initial);
        name.setWidthFull();
        name.focus();
        Button save = new Button(texts.apply("list.save", null), click -> {
            if (!name.getValue().isBlank()) {
                dialog.close();
                done.accept(name.getValue());
            }
        });
        save.setId("view-name-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(texts.apply("list.cancel", null), click -> dialog.close());
        dialog.add(name);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }
}
