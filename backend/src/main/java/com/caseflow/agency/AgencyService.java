package com.caseflow.agency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The agency tree. Small and read-mostly: read from the table on each call, no cache to go stale. */
@Service
public class AgencyService {

  private final AgencyMapper mapper;

  public AgencyService(AgencyMapper mapper) {
    this.mapper = mapper;
  }

  public Optional<Agency> find(String code) {
    return Optional.ofNullable(code).map(mapper::find);
  }

  public List<Agency> all() {
    return mapper.findAll();
  }

  /** The whole tree, children ordered by sort order. */
  public List<AgencyNode> tree() {
    List<Agency> agencies = mapper.findAll();
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
