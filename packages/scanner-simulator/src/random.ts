import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { type RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** murmur3's 32-bit finaliser: spreads nearby seeds (1, 2, 3...) far apart. */
function mix32(value: number): number {
  let h = value | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** FNV-1a over a label, so `fork('worker:3')` is stable whatever else was forked before it. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Folds any safe integer (not just 32 bits: xoroshiro128plus(seed) keeps only `seed | 0`) and a label. */
export function seedFrom(seed: number, label: string): number {
  const high = Math.floor(seed / 0x1_0000_0000) | 0;
  return mix32(mix32(seed | 0) ^ mix32(high ^ hashLabel(label)));
}

const hex = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const base32 = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * The simulator's only source of chance: pure-rand's xoroshiro128+, seeded.
 * Each worker forks its own source by label, so one worker's draws never
 * shift another's and the same options give a byte-identical day.
 */
export class RandomSource {
  private readonly rng: RandomGenerator;

  private constructor(private readonly seed: number) {
    this.rng = xoroshiro128plus(seed);
  }

  static fromSeed(seed: number, label = ''): RandomSource {
    return new RandomSource(seedFrom(seed, label));
  }

  fork(label: string): RandomSource {
    return new RandomSource(mix32(this.seed ^ hashLabel(label)));
  }

  /** Uniform in [0, 1). */
  float(): number {
    return uniformFloat64(this.rng);
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return uniformInt(this.rng, min, max);
  }

  /** Uniform real in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.float();
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  /** Exponentially distributed with the given mean: the gap between independent events. */
  exponential(mean: number): number {
    return -Math.log(1 - this.float()) * mean;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }

  /** A new array with the same items in a seeded order (Fisher-Yates). */
  shuffled<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }

  bytes(count: number): Uint8Array {
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i += 4) {
      const word = this.rng.next();
      for (let k = 0; k < 4 && i + k < count; k++) out[i + k] = (word >>> (8 * k)) & 0xff;
    }
    return out;
  }

  /** `count` characters of a-z 2-7, e.g. for task ids. */
  base32(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += base32[this.int(0, 31)];
    return out;
  }

  /**
   * A UUIDv7 (RFC 9562) for an instant: 48 bits of milliseconds, then seeded
   * bits. Time-ordered ids keep a store's scanId index append-mostly.
   */
  uuidV7(epochMs: number): string {
    const bytes = this.bytes(16);
    let ms = Math.floor(epochMs);
    for (let i = 5; i >= 0; i--) {
      bytes[i] = ms % 256;
      ms = Math.floor(ms / 256);
    }
    const [version, variant] = [bytes[6] ?? 0, bytes[8] ?? 0];
    bytes[6] = 0x70 | (version & 0x0f);
    bytes[8] = 0x80 | (variant & 0x3f);
    const h = Array.from(bytes, (byte) => hex[byte]).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}
