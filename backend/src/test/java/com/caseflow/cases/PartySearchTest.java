package com.caseflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartySearchTest {

  @Test
  void everyContainedTextIsThePrefixOfAKey() {
    String name = "银川市兴庆区护康口罩有限公司";
    var keys = PartySearch.keys(name);
    assertThat(keys).hasSize(name.length() - 1).contains("护康口罩有限公司", "公司").doesNotContain("", "司");
    for (String q : new String[] {"护康", "口罩有限", "银川市兴庆区", "公司", name}) {
      assertThat(keys).as(q).anyMatch(k -> k.startsWith(q));
    }
  }

  @Test
  void keysAreCutToTwentyCharacters() {
    String name = "宁夏回族自治区石嘴山市大武口区某某日用百货商贸有限责任公司第一分公司";
    assertThat(PartySearch.keys(name)).allMatch(k -> k.length() <= 20).first().isEqualTo(name.substring(0, 20));
  }

  @Test
  void searchTextsChooseTheirFilter() {
    assertThat(PartySearch.filter("91640100mb0000001x")).isEqualTo(new PartySearch.Filter("91640100MB0000001X", null, null));
    assertThat(PartySearch.filter(" 护康 ")).isEqualTo(new PartySearch.Filter(null, "护康", null));
    assertThat(PartySearch.filter("康")).isEqualTo(new PartySearch.Filter(null, null, "康"));
    assertThat(PartySearch.filter("100%_纯")).isEqualTo(new PartySearch.Filter(null, "100\\%\\_纯", null));
    String longText = "宁夏回族自治区石嘴山市大武口区某某日用百货商贸";
    assertThat(PartySearch.filter(longText)).isEqualTo(new PartySearch.Filter(null, longText.substring(0, 20), longText));
    assertThat(PartySearch.filter("  ")).isEqualTo(new PartySearch.Filter(null, null, null));
  }
}
