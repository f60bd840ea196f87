// Which calls of a live formula compare every row with every row (n²) rather than search a sorted list (log n) or work row by row.
import { functionCalls, hasRange } from './array-safe';

/**
 * Calls that scan a whole range once per row: COUNTIF/COUNTIFS/SUMIF whose criteria range and criterion both hold a
 * range (an array criterion), and MATCH with search type 0 (exact: a linear scan) for an array of keys.
 */
export function quadraticCalls(formula: string): string[] {
  return functionCalls(formula).filter((call) => {
    if (call.name === 'MATCH') return (call.args[2] ?? '1').trim() === '0' && hasRange(call.args[0] ?? '');
    if (!['COUNTIF', 'COUNTIFS', 'SUMIF'].includes(call.name)) return false;
    const ranges = call.args.filter((_, i) => i % 2 === 0 && i < (call.name === 'SUMIF' ? 1 : call.args.length));
    const criteria = call.args.filter((_, i) => i % 2 === 1);
    return ranges.some(hasRange) && criteria.some(hasRange);
  }).map((call) => call.name);
}
