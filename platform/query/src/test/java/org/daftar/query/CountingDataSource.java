package org.daftar.query;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/** A data source that records every statement sent to PostgreSQL through it. */
final class CountingDataSource {

    final List<String> statements = Collections.synchronizedList(new ArrayList<>());
    final DataSource dataSource;

    CountingDataSource(DataSource target) {
        dataSource = proxy(DataSource.class, target, (name, args) -> {
            if (name.equals("getConnection")) {
                return "wrap";
            }
            return null;
        });
    }

    private interface Watch {
        String on(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private <T> T proxy(Class<T> type, Object target, Watch watch) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            String name = method.getName();
            if (type == Connection.class && (name.equals("prepareStatement") || name.equals("createStatement")
                    || name.equals("prepareCall"))) {
                statements.add(args == null || args.length == 0 ? "(statement)" : String.valueOf(args[0]));
            }
            try {
                Object result = method.invoke(target, args);
                if ("wrap".equals(watch.on(name, args))) {
                    return proxy(Connection.class, result, (n, a) -> null);
                }
                return result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
