// Short ASCII ids ("C0125-4") as two numbers in one flat table: the ids other sheets refer to, and ids' first lines.
/**
 * Why the numbers: a million calls each look their customer up among 139 k ids, and a Set of strings compares each lookup
 * with a string somewhere in a heap of kept rows (a cache miss or more per call); the flat table answers from one place.
 */

/** Characters an ASCII id is made of, each a digit 1…66 (0 is none), so a text of up to 5 of them is one number below 2^31. */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_./';
const BASE = ALPHABET.length + 1;
const DIGIT = new Int8Array(128);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i + 1;
/** Characters per number: 67^5 < 2^31. */
const PART = 5;
/** Texts of up to two parts are numbers; a longer one stays text only. */
const LONGEST = 2 * PART;

/** Where a text's two numbers go: the first 5 characters, and the rest (0 when none). */
export interface Pair { a: number; b: number }

/** The text as two numbers, one to one (no digit is 0, so every length has its own numbers); false when it is not short ASCII. */
export function toPair(text: string, out: Pair): boolean {
  const length = text.length;
  if (length === 0 || length > LONGEST) return false;
  let a = 0;
  let b = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    const d = c < 128 ? DIGIT[c]! : 0;
    if (d === 0) return false;
    if (i < PART) a = a * BASE + d;
    else b = b * BASE + d;
  }
  out.a = a;
  out.b = b;
  return true;
}

/** Smallest table: 2^10 slots. */
const FIRST_BITS = 10;

/** Texts' number pairs, each with a positive whole number (a first line; 1 for "present"), in one flat table. */
export interface PairTable {
  /** The pair's number, or 0 when the pair is not in the table. */
  get(a: number, b: number): number;
  /** Sets the pair's number (positive); a pair already there keeps its slot. */
  set(a: number, b: number, value: number): void;
}

export function createPairTable(): PairTable {
  let bits = FIRST_BITS;
  /** Open addressing, three int32 per slot (a, b, number); a slot whose first number is 0 is empty (a text's is never 0). */
  let slots = new Int32Array(3 << bits);
  let count = 0;
  const slotOf = (a: number, b: number, table: Int32Array, tableBits: number): number => {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ 0x7f4a7c15, 0x85ebca6b);
    h ^= h >>> 15;
    const mask = (1 << tableBits) - 1;
    let at = (h >>> (32 - tableBits)) & mask;
    while (table[3 * at] !== 0 && (table[3 * at] !== a || table[3 * at + 1] !== b)) at = (at + 1) & mask;
    return at;
  };
  const grow = (): void => {
    const old = slots;
    bits++;
    slots = new Int32Array(3 << bits);
    for (let i = 0; i < old.length; i += 3) {
      if (old[i] === 0) continue;
      const at = 3 * slotOf(old[i]!, old[i + 1]!, slots, bits);
      slots[at] = old[i]!;
      slots[at + 1] = old[i + 1]!;
      slots[at + 2] = old[i + 2]!;
    }
  };
  return {
    get: (a, b) => slots[3 * slotOf(a, b, slots, bits) + 2]!,
    set(a, b, value) {
      let at = 3 * slotOf(a, b, slots, bits);
      if (slots[at] === 0) {
        // Half full at most, so a lookup finds its slot or an empty one within a few steps.
        if (2 * (count + 1) > 1 << bits) {
          grow();
          at = 3 * slotOf(a, b, slots, bits);
        }
        count++;
      }
      slots[at] = a;
      slots[at + 1] = b;
      slots[at + 2] = value;
    },
  };
}

export interface IdSet {
  has(id: string): boolean;
  add(id: string): void;
  /** Every id added, in the order added (as a Set of texts gives them). */
  values(): IterableIterator<string>;
}

export function createIdSet(): IdSet {
  /** Every id once, in the order added; the ids that are no number pair are also in a Set of texts. */
  const added: string[] = [];
  const texts = new Set<string>();
  const pair: Pair = { a: 0, b: 0 };
  const numbers = createPairTable();
  return {
    has(id) {
      if (!toPair(id, pair)) return texts.has(id);
      return numbers.get(pair.a, pair.b) !== 0;
    },
    add(id) {
      if (toPair(id, pair)) {
        if (numbers.get(pair.a, pair.b) !== 0) return;
        numbers.set(pair.a, pair.b, 1);
      } else {
        if (texts.has(id)) return;
        texts.add(id);
      }
      added.push(id);
    },
    values: () => added.values(),
  };
}
