package dev.replylint.rules.logistic;

/** Feature slots of a hashed table: a feature kind and one or two values, spread and masked. */
public final class FeatureHashing {
  private FeatureHashing() {}

  public static int slot(int kind, int a, int mask) {
    return mix(kind * 0x9E3779B1 ^ a) & mask;
  }

  public static int slot(int kind, int a, int b, int mask) {
    return mix(mix(kind * 0x9E3779B1 ^ a) * 31 + b) & mask;
  }

  /** MurmurHash3's finaliser: spreads String hash codes, which differ little for similar words. */
  static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
