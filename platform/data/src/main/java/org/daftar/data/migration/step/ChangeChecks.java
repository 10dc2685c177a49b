package org.daftar.data.migration.step;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.daftar.data.migration.live.LiveObject;
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
    public String words() {
        if (choice) {
            List<String> changes = new ArrayList<>();
            List<String> addedOptions = newOptions.stream().filter(o -> !oldOptions.contains(o)).toList();
            List<String> removedOptions = oldOptions.stream().filter(o -> !newOptions.contains(o)).toList();
            if (!addedOptions.isEmpty()) {
                changes.add("add " + quoted(addedOptions));
            }
            if (!removedOptions.isEmpty()) {
                changes.add("remove " + quoted(removedOptions));
            }
            if (changes.isEmpty()) {
                changes.add("now " + String.join(", ", newOptions));
            }
            return "Change the options of '" + column.name() + "' on " + table.name() + ": " + String.join("; ", changes);
        }
        String rules = column.checks().isEmpty() ? "none" : column.checks().stream().map(c -> c.replace("\"", ""))
                .collect(Collectors.joining(", "));
        return "Change the checks of '" + column.name() + "' on " + table.name() + " to: " + rules;
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

    private static String quoted(List<String> options) {
        return options.stream().map(o -> "'" + o + "'").collect(Collectors.joining(", "));
    }
}
