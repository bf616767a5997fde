package com.caseflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsccTest {

  @Test
  void acceptsPublishedCodes() {
    assertThat(Uscc.isValid("91350100M000100Y43")).isTrue();
    assertThat(Uscc.isValid("911100001000080343")).isTrue(); // 中国石油天然气集团
  }

  @Test
  void rejectsWrongCheckLengthAndAlphabet() {
    assertThat(Uscc.isValid("91350100M000100Y44")).isFalse();
    assertThat(Uscc.isValid("91350100M000100Y4")).isFalse();
    assertThat(Uscc.isValid("91350100I000100Y43")).isFalse(); // I is not in the alphabet
    assertThat(Uscc.isValid(null)).isFalse();
  }

  @Test
  void computesTheCheckCharacter() {
    assertThat(Uscc.withCheck("91350100M000100Y4")).isEqualTo("91350100M000100Y43");
    for (int i = 0; i < 200; i++) {
      assertThat(Uscc.isValid(Uscc.withCheck("9164010%010d".formatted(0, i * 7919L).substring(0, 17)))).isTrue();
    }
  }

  @Test
  void aSearchTextShapedLikeACodeIsSearchedExactlyInUpperCase() {
    assertThat(Uscc.asSearched("91640100mb0000001x")).isEqualTo("91640100MB0000001X");
    assertThat(Uscc.asSearched("护康口罩有限公司")).isNull();
    assertThat(Uscc.asSearched("91640100MB000000")).isNull();
    assertThat(Uscc.asSearched(null)).isNull();
  }
}
