package com.caseflow.agency;

import com.caseflow.common.ReferenceCache;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The agency tree. Small and read-mostly: kept in memory for a minute (list pages and task steps ask for it on
 * every request); an unknown code reloads it at once.
 */
@Service
public class AgencyService {

  private final AgencyMapper mapper;
  private final ReferenceCache<Map<String, Agency>> cache;

  public AgencyService(AgencyMapper mapper) {
    this.mapper = mapper;
    this.cache = new ReferenceCache<>(() -> {
      Map<String, Agency> byCode = new LinkedHashMap<>();
      mapper.findAll().forEach(a -> byCode.put(a.code(), a));
      return Collections.unmodifiableMap(byCode);
    }, Duration.ofMinutes(1));
  }

  public Optional<Agency> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    Agency a = cache.get().get(code);
    return Optional.ofNullable(a != null ? a : cache.reload().get(code));
  }

  /** All agencies ordered by path. */
  public List<Agency> all() {
    return List.copyOf(cache.get().values());
  }

  /** The whole tree, children ordered by sort order. */
  public List<AgencyNode> tree() {
    List<Agency> agencies = all();
    Map<String, AgencyNode> nodes = new LinkedHashMap<>();
    for (Agency a : agencies) {
      nodes.put(a.code(), new AgencyNode(a.code(), a.name(), a.shortName(), a.parentCode(), a.level(), new ArrayList<>()));
    }
    List<AgencyNode> roots = new ArrayList<>();
    for (Agency a : agencies) {
      AgencyNode node = nodes.get(a.code());
      AgencyNode parent = a.parentCode() == null ? null : nodes.get(a.parentCode());
      (parent == null ? roots : parent.children()).add(node);
    }
    return roots;
  }

  public record AgencyNode(
      String code, String name, String shortName, String parentCode, String level, List<AgencyNode> children) {}
}
