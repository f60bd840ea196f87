// Invalid UTF-8 bytes → one issue per cell holding them, at the record's line and the cell's column, naming the byte's exact place.
import { issueAt, type Issue, type Bilingual } from '../issue';

/** Bytes that were not valid UTF-8: where their U+FFFD stands in the decoded text, and the first few of them. */
export interface BadBytes {
  index: number;
  bytes: number[];
}

export interface RecordSpan {
  line: number;
  start: number;
  fields: readonly string[];
}

const hex = (bytes: readonly number[]): string => bytes.map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');

/** Physical line and 1-based character of text[index], counting from the record's first line. */
function placeIn(text: string, record: RecordSpan, index: number): { line: number; character: number } {
  let line = record.line;
  let lineStart = record.start;
  for (let i = record.start; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: index - lineStart + 1 };
}

/** The 0-based field holding each bad byte: the k-th U+FFFD of the record's fields stands for its k-th bad byte. */
function fieldsOf(record: RecordSpan, count: number): number[] {
  const fields: number[] = [];
  record.fields.forEach((field, i) => {
    for (let at = field.indexOf('\uFFFD'); at !== -1 && fields.length < count; at = field.indexOf('\uFFFD', at + 1)) fields.push(i);
  });
  return fields;
}

/** The issues for a record's bad bytes, keyed by 0-based field (−1 when no field could be told), one per field. */
export function badByteIssues(text: string, record: RecordSpan, bad: readonly BadBytes[], file: string,
  label: (field: number) => Bilingual): Map<number, Issue> {
  const fields = fieldsOf(record, bad.length);
  const issues = new Map<number, Issue>();
  bad.forEach((b, k) => {
    const field = fields[k] ?? -1;
    if (issues.has(field)) return;
    const { line, character } = placeIn(text, record, b.index);
    const column = field + 1;
    const where = column > 0 ? `line ${line}, column ${column} (character ${character})` : `line ${line}, character ${character}`;
    const whereZh = column > 0 ? `第 ${line} 行第 ${column} 列（该行第 ${character} 个字符）` : `第 ${line} 行第 ${character} 个字符`;
    const name = label(field);
    issues.set(field, issueAt({ file, line: record.line, column: Math.max(column, 0) }, 'bad-utf8',
      `${name.en}invalid UTF-8 byte ${hex(b.bytes)} at ${where}: the file is UTF-8 but this byte is not, so the value is not read. ` +
        'Correct the value in the sheet and export the file again as UTF-8.',
      `${name.zh}${whereZh}有无效的 UTF-8 字节 ${hex(b.bytes)}：文件是 UTF-8 编码，但这个字节不是，所以这个值不会被读取。请在表格中改正这个值，再重新导出为 UTF-8。`));
  });
  return issues;
}
