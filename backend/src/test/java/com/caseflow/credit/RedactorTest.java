package com.caseflow.credit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {

  @Test
  void masksIdNumbersPhonesAndCards() {
    assertThat(Redactor.text("身份证号640102198001011234，电话13912345678，座机0951-5012345，卡号6222021234567890123"))
        .isEqualTo("身份证号640102********1234，电话139****5678，座机0951-********，卡号6222********0123");
    assertThat(Redactor.text("罚款5000元，没收口罩20000只")).isEqualTo("罚款5000元，没收口罩20000只");
    assertThat(Redactor.text("统一社会信用代码91640100MA76ABCDE9")).isEqualTo("统一社会信用代码91640100MA76ABCDE9");
    assertThat(Redactor.text(null)).isNull();
  }

  @Test
  void personIsPublishedBySurnameOnly() {
    assertThat(Redactor.partyName("张伟", null)).isEqualTo("张某某");
    assertThat(Redactor.partyName("张伟", "")).isEqualTo("张某某");
    assertThat(Redactor.partyName("银川安康劳保用品有限公司", "91640100MA76ABCDE9")).isEqualTo("银川安康劳保用品有限公司");
  }
}
