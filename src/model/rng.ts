/**
 * A small seeded random generator: sfc32 (Chris Doty-Humphrey's Small Fast Counting
 * generator, 128-bit state, passes PractRand), seeded through splitmix32. It uses only
 * 32-bit integer arithmetic (Math.imul, >>>), so the same seed gives the same sequence on
 * every machine and JavaScript engine.
 */
export interface Rng {
  /** Uniform in [0, 1), 32 bits of resolution. */
  next(): number;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * sfc32's state as an object with a method, not a closure: the Monte Carlo's hot loop draws
 * millions of numbers, and a method on a class of fixed shape is what the engine inlines best.
 * The state is kept as signed 32-bit integers (`| 0`), the same bits as sfc32's unsigned
 * words: every sum here is exact in a double before it is cut to 32 bits, so it is the same
 * modulo 2^32, and only the output is read unsigned. Unsigned words above 2^31 would be
 * doubles to the engine, several times slower.
 */
export class Sfc32 implements Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    const init = splitmix32(seed);
    this.a = init() | 0;
    this.b = init() | 0;
    this.c = init() | 0;
    this.d = init() | 0;
    for (let i = 0; i < 12; i++) this.next(); // discard the first outputs, as sfc32's author does
  }

  next(): number {
    const t = (this.a + this.b + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  }

  /**
   * The next `out.length` numbers, as `next()` would give them one by one, into `out`: the
   * state stays in locals for the whole block (the Monte Carlo draws from such blocks).
   */
  fill(out: Float64Array): void {
    let a = this.a;
    let b = this.b;
    let c = this.c;
    let d = this.d;
    for (let i = 0; i < out.length; i++) {
      const t = (a + b + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      out[i] = (t >>> 0) / 4_294_967_296;
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
  }
}

export function createRng(seed: number): Rng {
  return new Sfc32(seed);
}

/**
 * Standard normal draws (Box–Muller): each pair of uniforms gives two normals; the second
 * is kept for the next call.
 */
export function createNormal(rng: Rng): () => number {
  let spare = NaN;
  return () => {
    if (!Number.isNaN(spare)) {
      const z = spare;
      spare = NaN;
      return z;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - rng.next())); // 1 - u in (0, 1]: finite log
    const angle = 2 * Math.PI * rng.next();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
}

/** An exponential draw with the given rate. */
export function exponential(rng: Rng, rate: number): number {
  return -Math.log(1 - rng.next()) / rate;
}
