package org.daftar.query;

import java.util.List;

/** Receives a query's rows one by one, as they stream from PostgreSQL. */
public interface RowSink {

    void start(List<String> columns) throws Exception;

    void row(Object[] values) throws Exception;

    default void end() throws Exception {}

    /** A sink that gives each row to this one, then to {@code next} (e.g. an export and a progress counter). */
    default RowSink andThen(RowSink next) {
        RowSink first = this;
        return new RowSink() {
            @Override
            public void start(List<String> columns) throws Exception {
                first.start(columns);
                next.start(columns);
            }

            @Override
            public void row(Object[] values) throws Exception {
                first.row(values);
                next.row(values);
            }

            @Override
            public void end() throws Exception {
                first.end();
                next.end();
            }
        };
    }
}
