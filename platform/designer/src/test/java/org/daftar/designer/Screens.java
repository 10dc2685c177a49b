package org.daftar.designer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDragStartEvent;
import com.vaadin.flow.component.grid.dnd.GridDropEvent;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.ComponentUtil;
import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.ArrayList;
import java.util.List;
import org.daftar.designer.screen.AppDesignerView;
import org.daftar.designer.screen.FileEditorPanel;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What the designer tests do as a user does: open an app's file, find inputs by id, drag rows. */
public final class Screens {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Screens() {}

    /** Opens {@code designer/APP} and the file at {@code location} in its editor. */
    public static FileEditorPanel openFile(String app, String location) {
        UI.getCurrent().navigate("designer/" + app);
        return _get(AppDesignerView.class).open(location);
    }

    /** The component of {@code type} with the id {@code id}. */
    public static <T extends Component> T byId(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    /** Drags the row {@code from} of {@code grid} and drops it {@code where} the row {@code onto}, as the browser reports it. */
    public static <T> void drag(Grid<T> grid, int from, int onto, GridDropLocation where) {
        T dragged = GridKt._get(grid, from);
        T target = GridKt._get(grid, onto);
        ObjectNode start = JSON.createObjectNode();
        start.putArray("draggedItems").addObject().put("key", grid.getDataCommunicator().getKeyMapper().key(dragged));
        ComponentUtil.fireEvent(grid, new GridDragStartEvent<>(grid, true, start));
        ObjectNode item = JSON.createObjectNode().put("key", grid.getDataCommunicator().getKeyMapper().key(target));
        ArrayNode transfer = JSON.createArrayNode();
        ComponentUtil.fireEvent(grid, new GridDropEvent<>(grid, true, item, where.getClientName(), transfer));
    }

    /** The texts of column {@code key}-less grid rows, by the first column's formatted value. */
    public static <T> List<String> firstColumn(Grid<T> grid) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            values.add(GridKt._getFormattedRow(grid, i).getFirst());
        }
        return values;
    }
}
