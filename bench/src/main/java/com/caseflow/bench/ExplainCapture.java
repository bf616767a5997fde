package com.caseflow.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;

/** While {@link #label} is set, remembers the SQL and parameter values of each CaseFlow mapper query (for EXPLAIN). */
@Intercepts({
    @Signature(type = Executor.class, method = "query",
        args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}),
    @Signature(type = Executor.class, method = "query",
        args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class, CacheKey.class, BoundSql.class})})
public class ExplainCapture implements Interceptor {

  record Captured(String label, String statement, String sql, List<Object> params) {}

  static volatile String label;
  static final Map<String, Captured> CAPTURED = new LinkedHashMap<>();

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    String l = label;
    if (l != null) {
      MappedStatement ms = (MappedStatement) invocation.getArgs()[0];
      String id = ms.getId();
      if (id.startsWith("com.caseflow.task.TaskMapper") || id.startsWith("com.caseflow.cases.CaseMapper")) {
        Object param = invocation.getArgs()[1];
        BoundSql b = ms.getBoundSql(param);
        Configuration cfg = ms.getConfiguration();
        List<Object> values = new ArrayList<>();
        MetaObject meta = param == null ? null : cfg.newMetaObject(param);
        for (ParameterMapping pm : b.getParameterMappings()) {
          String p = pm.getProperty();
          Object v;
          if (b.hasAdditionalParameter(p)) {
            v = b.getAdditionalParameter(p);
          } else if (param == null) {
            v = null;
          } else if (cfg.getTypeHandlerRegistry().hasTypeHandler(param.getClass())) {
            v = param;
          } else {
            v = meta.getValue(p);
          }
          values.add(v);
        }
        synchronized (CAPTURED) {
          CAPTURED.putIfAbsent(l + " | " + id.substring(id.lastIndexOf('.', id.lastIndexOf('.') - 1) + 1),
              new Captured(l, id, b.getSql().replaceAll("\\s+", " ").trim(), values));
        }
      }
    }
    return invocation.proceed();
  }
}
