package com.caseflow.campaign;

import com.caseflow.common.ApiException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/campaigns")
public class CampaignController {

  private final CampaignMapper campaigns;

  public CampaignController(CampaignMapper campaigns) {
    this.campaigns = campaigns;
  }

  @GetMapping
  public List<Campaign> list() {
    return campaigns.findAll();
  }

  @GetMapping("/{code}")
  public Campaign get(@PathVariable String code) {
    Campaign campaign = campaigns.find(code);
    if (campaign == null) {
      throw ApiException.notFound("campaign", code);
    }
    return campaign;
  }
}
