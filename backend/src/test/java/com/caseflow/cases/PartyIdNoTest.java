package com.caseflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.security.CurrentUser;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartyIdNoTest {

  static CurrentUser user(String name, String agency, String... groups) {
    return new CurrentUser(name, name, List.of(groups), agency, "/NX/" + agency + "/", "zh-CN");
  }

  @Test
  void masksAllButAtMostFourCharactersAtEitherEndAndAtLeastHalf() {
    assertThat(PartyIdNo.mask("64010219900101123X")).isEqualTo("6401**********123X");
    assertThat(PartyIdNo.mask("640102900101123")).isEqualTo("640*********123");
    assertThat(PartyIdNo.mask("E12345678")).isEqualTo("E1*****78");
    assertThat(PartyIdNo.mask("12345678")).isEqualTo("12****78");
    assertThat(PartyIdNo.mask("1234567")).isEqualTo("1*****7");
    assertThat(PartyIdNo.mask("123")).isEqualTo("***");
    assertThat(PartyIdNo.mask("")).isEmpty();
    assertThat(PartyIdNo.mask(null)).isNull();
  }

  @Test
  void fullNumberOnlyForThoseHandlingTheCaseInItsAgency() {
    List<String> officers = List.of("officer1", "officer2");
    assertThat(PartyIdNo.fullFor(user("officer2", "NX-YC", "officers"), "NX-YC", officers, "x", List.of())).isTrue();
    assertThat(PartyIdNo.fullFor(user("officer9", "NX-YC", "officers"), "NX-YC", List.of(), "officer9", List.of()))
        .as("registrant").isTrue();
    assertThat(PartyIdNo.fullFor(user("legal1", "NX-YC", "legal-reviewers"), "NX-YC", officers, "x", List.of("legal1")))
        .as("assignee of an open task").isTrue();
    assertThat(PartyIdNo.fullFor(user("head1", "NX-YC", "agency-heads"), "NX-YC", officers, "x", List.of())).isTrue();
    assertThat(PartyIdNo.fullFor(user("unithead1", "NX-YC", "unit-heads"), "NX-YC", officers, "x", List.of())).isTrue();

    assertThat(PartyIdNo.fullFor(user("officer3", "NX-YC", "officers"), "NX-YC", officers, "x", List.of()))
        .as("same agency, not on the case").isFalse();
    assertThat(PartyIdNo.fullFor(user("credit1", "NX-YC", "credit-officers"), "NX-YC", officers, "x", List.of()))
        .isFalse();
    assertThat(PartyIdNo.fullFor(user("head9", "NX", "agency-heads", "managers"), "NX-YC", officers, "x", List.of()))
        .as("a head of the parent agency").isFalse();
    assertThat(PartyIdNo.fullFor(user("officer1", "NX-SZS", "officers"), "NX-YC", officers, "x", List.of()))
        .as("an officer of the case moved to another agency").isFalse();
  }
}
