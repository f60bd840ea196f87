// A copy of a sheet's rows behind a proxy that counts each row read: the report's memos are per array, so the copy starts afresh.
export interface CountedRows<T> {
  rows: T[];
  /** Rows read so far (each index access counts once). */
  reads: () => number;
}

export function countedRows<T>(rows: readonly T[]): CountedRows<T> {
  let reads = 0;
  const counted = new Proxy([...rows], {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { rows: counted, reads: () => reads };
}
