package com.caseflow.inspection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The 双随机 draw, deterministic from its seed so anyone can re-check it from the draw log.
 *
 * <p>Algorithm {@value #ALGORITHM} version {@value #VERSION}:
 * <ol>
 *   <li>{@code rng = new java.util.SplittableRandom(seed)} (JDK 17 SplittableRandom; same seed → same sequence).</li>
 *   <li>Targets: the eligible target ids sorted ascending; Fisher–Yates shuffle
 *       ({@code for i = n-1 .. 1: j = rng.nextInt(i + 1); swap(i, j)}); the first {@code sampleSize} are drawn, in that order.</li>
 *   <li>Inspectors, for each drawn target in draw order: the eligible inspector ids sorted ascending, minus those on the
 *       conflict list for this target; Fisher–Yates shuffle with the same {@code rng}; then a stable sort by how many
 *       targets each already got in this draw (least loaded first, so work is spread); the first two are assigned.
 *       Fewer than two candidates → the draw fails naming the target.</li>
 * </ol>
 * The inputs are the eligible lists, not the whole directory: eligibility (type, region subtree, credential valid
 * through the plan period, not deactivated) is decided before the draw and recorded in the log.
 */
public final class RandomDraw {

  public static final String ALGORITHM = "SplittableRandom-FisherYates";
  public static final String VERSION = "1";

  public record Input(long seed, List<Long> targetIds, List<String> inspectorIds, Set<Conflict> conflicts, int sampleSize) {}

  public record Conflict(String inspectorId, long targetId) {}

  public record Assignment(long targetId, String inspector1, String inspector2) {}

  /** Thrown when a drawn target has fewer than two eligible inspectors without a conflict. */
  public static class NotEnoughInspectors extends RuntimeException {
    public final long targetId;

    NotEnoughInspectors(long targetId) {
      super("not enough inspectors for target " + targetId);
      this.targetId = targetId;
    }
  }

  private RandomDraw() {}

  public static List<Assignment> draw(Input in) {
    SplittableRandom rng = new SplittableRandom(in.seed());
    List<Long> targets = new ArrayList<>(in.targetIds().stream().sorted().distinct().toList());
    shuffle(targets, rng);
    int n = Math.min(in.sampleSize(), targets.size());
    List<String> inspectors = in.inspectorIds().stream().sorted().distinct().toList();
    Map<String, Integer> load = new HashMap<>();
    List<Assignment> result = new ArrayList<>(n);
    for (Long target : targets.subList(0, n)) {
      List<String> candidates = new ArrayList<>(inspectors.stream()
          .filter(i -> !in.conflicts().contains(new Conflict(i, target))).toList());
      shuffle(candidates, rng);
      candidates.sort(Comparator.comparingInt(i -> load.getOrDefault(i, 0)));
      if (candidates.size() < 2) {
        throw new NotEnoughInspectors(target);
      }
      String a = candidates.get(0);
      String b = candidates.get(1);
      load.merge(a, 1, Integer::sum);
      load.merge(b, 1, Integer::sum);
      result.add(new Assignment(target, a, b));
    }
    return result;
  }

  static <T> void shuffle(List<T> list, SplittableRandom rng) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      T tmp = list.get(i);
      list.set(i, list.get(j));
      list.set(j, tmp);
    }
  }

  /** Sample size from a count or a percentage (rounded up, at least 1 when there are targets). */
  public static int sampleSize(Integer count, java.math.BigDecimal percent, int population) {
    if (count != null) {
      return Math.min(count, population);
    }
    if (percent == null || population == 0) {
      return 0;
    }
    int n = percent.multiply(java.math.BigDecimal.valueOf(population))
        .divide(java.math.BigDecimal.valueOf(100), 0, java.math.RoundingMode.CEILING).intValue();
    return Math.max(1, Math.min(n, population));
  }
}
