package com.caseflow.campaign;

import com.caseflow.common.ReferenceCache;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Campaign names for list rows, kept in memory ({@link ReferenceCache}); a code not seen yet reloads them. */
@Component
public class CampaignNames {

  private final ReferenceCache<Map<String, String>> cache;

  public CampaignNames(CampaignMapper campaigns) {
    cache = new ReferenceCache<>(() -> campaigns.findAll().stream()
        .collect(Collectors.toUnmodifiableMap(Campaign::code, Campaign::name)), Duration.ofMinutes(5));
  }

  /** Names of the given codes (nulls ignored; unknown codes are absent from the map). */
  public Map<String, String> of(Collection<String> codes) {
    Map<String, String> names = cache.get();
    for (String c : codes) {
      if (c != null && !names.containsKey(c)) {
        return cache.reload();
      }
    }
    return names;
  }

  /** Whether a campaign has this code. */
  public boolean exists(String code) {
    return code != null && of(java.util.List.of(code)).containsKey(code);
  }
}
