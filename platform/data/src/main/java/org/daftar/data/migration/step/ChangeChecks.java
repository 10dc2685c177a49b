package org.daftar.data.migration.step;

import java.util.ArrayList;
import java.util.List;
import org.daftar.data.migration.live.LiveObject;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.ColumnSpec;
import org.daftar.data.schema.TableSpec;

/**
 * A field whose checks change: a choice field's options, a number's bounds. Adding options or
 * loosening bounds is safe; removing an option or tightening a bound is safe only while no row
 * holds a value the new checks refuse (a data check says how many do).
 *
 * @param oldOptions a choice field's options before (empty for other fields)
 * @param newOptions its options after
 */
public record ChangeChecks(
        TableSpec table,
        ColumnSpec column,
        boolean choice,
        List<String> oldOptions,
        List<String> newOptions,
        List<LiveObject> dropped,
        List<SchemaObject> added,
        List<DataCheck> dataChecks)
        implements Step {

    public ChangeChecks {
        oldOptions = List.copyOf(oldOptions);
        newOptions = List.copyOf(newOptions);
        dropped = List.copyOf(dropped);
        added = List.copyOf(added);
        dataChecks = List.copyOf(dataChecks);
    }

    @Override
    public Words wording() {
        if (choice) {
            List<String> addedOptions = newOptions.stream().filter(o -> !oldOptions.contains(o)).toList();
            List<String> removedOptions = oldOptions.stream().filter(o -> !newOptions.contains(o)).toList();
            Words changes = addedOptions.isEmpty() && removedOptions.isEmpty() ? Words.of("options.now", newOptions)
                    : removedOptions.isEmpty() ? Words.of("options.add", quoted(addedOptions))
                    : addedOptions.isEmpty() ? Words.of("options.remove", quoted(removedOptions))
                    : Words.of("options.addAndRemove", quoted(addedOptions), quoted(removedOptions));
            return Words.of("step.changeOptions", column.name(), table.name(), changes);
        }
        Object rules = column.checks().isEmpty() ? Words.of("checks.none")
                : column.checks().stream().map(c -> c.replace("\"", "")).toList();
        return Words.of("step.changeChecks", column.name(), table.name(), rules);
    }

    @Override
    public List<String> sql() {
        List<String> sql = new ArrayList<>();
        dropped.forEach(check -> sql.add(check.kind().dropSql(table.schema(), table.name(), check.name())));
        added.forEach(check -> sql.add(check.createSql()));
        return sql;
    }

    @Override
    public String brief() {
        return (choice ? "change options of " : "change checks of ") + column.name() + " on " + table.name();
    }

    private static List<String> quoted(List<String> options) {
        return options.stream().map(o -> "'" + o + "'").toList();
    }
}
