package org.daftar.model.load;

import java.util.LinkedHashMap;
import java.util.Map;
import org.daftar.model.SourceRef;
import org.daftar.model.data.DataSet;
import org.daftar.model.data.SampleRecord;

/** Reads a {@code data} document. */
final class DataReader {

    private DataReader() {}

    static DataSet read(Node node, String appId) {
        return new DataSet(appId, node.text("entity"), node.list("records", DataReader::record), node.at());
    }

    private static SampleRecord record(Node node) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, SourceRef> positions = new LinkedHashMap<>();
        node.json().properties().forEach(entry -> {
            values.put(entry.getKey(), Node.plain(entry.getValue()));
            positions.put(entry.getKey(), Node.positionOf(entry.getValue(), node.source()));
        });
        return new SampleRecord(values, positions, node.at());
    }
}
