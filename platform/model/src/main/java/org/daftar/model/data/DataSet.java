package org.daftar.model.data;

import java.util.List;
import org.daftar.model.SourceRef;

/** The sample records of one entity. */
public record DataSet(String appId, String entity, List<SampleRecord> records, SourceRef at) {

    public DataSet {
        records = List.copyOf(records);
    }

    /** How many records there are. */
    public int size() {
        return records.size();
    }
}
