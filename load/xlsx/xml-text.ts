// The small pieces of XML an .xlsx needs read by hand: entities, Excel's _xHHHH_ escapes, an attribute in a tag, a tag's name end, the parts' namespace prefix.

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Excel writes a character XML cannot hold (a carriage return, a control character) as _xHHHH_, and a literal "_x" as _x005F_x. */
const EXCEL_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

function entity(match: string, name: string): string {
  if (name[0] !== '#') return NAMED[name]!;
  const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return code <= 0x10ffff ? String.fromCodePoint(code) : match;
}

/** Attribute or element text as an XML parser gives it: line ends normalised, entities decoded. */
export function decodeXml(raw: string): string {
  const lines = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  return lines.includes('&') ? lines.replace(ENTITY, entity) : lines;
}

/** A cell's text as Excel shows it: XML decoding, then the _xHHHH_ escapes. */
export function decodeCellText(raw: string): string {
  const text = decodeXml(raw);
  return text.includes('_x') ? text.replace(EXCEL_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** Whether the character at `at` ends a tag name (so `<c` is a cell, not `<col`). */
export function endsName(xml: string, at: number): boolean {
  const c = xml.charCodeAt(at);
  return c === 62 /* > */ || c === 47 /* / */ || c === 32 || c === 9 || c === 10 || c === 13;
}

/** The raw value of attribute `name` in a tag's text (`<c r="A1" t="s">`), or undefined. */
export function attributeOf(tag: string, name: string): string | undefined {
  for (let at = tag.indexOf(name); at !== -1; at = tag.indexOf(name, at + 1)) {
    const before = tag.charCodeAt(at - 1);
    const eq = at + name.length;
    if ((before === 32 || before === 9 || before === 10 || before === 13) && tag.charCodeAt(eq) === 61 /* = */) {
      const quote = tag[eq + 1]!;
      const end = tag.indexOf(quote, eq + 2);
      return end === -1 ? undefined : tag.slice(eq + 2, end);
    }
  }
  return undefined;
}

/** Every attribute of a small tag (workbook, relationships, styles) by name. */
export function attributesOf(tag: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) map.set(m[1]!, decodeXml(m[2] ?? m[3] ?? ''));
  return map;
}

/** The namespace prefix of the part's root element ("x:" for `<x:worksheet>`, "" for most writers), so tags are found either way. */
export function rootPrefix(xml: string): string {
  for (let at = xml.indexOf('<'); at !== -1; at = xml.indexOf('<', at + 1)) {
    const c = xml[at + 1];
    if (c === '?' || c === '!') continue;
    const name = /^[\w.-]+(?::[\w.-]+)?/.exec(xml.slice(at + 1, at + 200))?.[0] ?? '';
    const colon = name.indexOf(':');
    return colon === -1 ? '' : name.slice(0, colon + 1);
  }
  return '';
}

/** Every tag `<{prefix}{name} …>` (or self-closed) in [from, to), as [start, end of the tag] pairs. */
export function* tagsNamed(xml: string, tag: string, from = 0, to = xml.length): Generator<[number, number]> {
  for (let at = xml.indexOf(tag, from); at !== -1 && at < to; at = xml.indexOf(tag, at + tag.length)) {
    if (!endsName(xml, at + tag.length)) continue;
    const gt = xml.indexOf('>', at);
    if (gt === -1) return;
    yield [at, gt + 1];
  }
}

/** The text of the runs in [from, to) — `<t>` elements, plain or inside rich-text `<r>` runs — skipping phonetic `<rPh>` guides. */
export function runText(xml: string, from: number, to: number, prefix: string): string {
  const t = `<${prefix}t`;
  const tEnd = `</${prefix}t>`;
  const phonetic = `<${prefix}rPh`;
  let raw = '';
  for (let at = xml.indexOf('<', from); at !== -1 && at < to; at = xml.indexOf('<', at + 1)) {
    if (xml.startsWith(phonetic, at) && endsName(xml, at + phonetic.length)) {
      const end = xml.indexOf(`</${prefix}rPh>`, at);
      if (end === -1 || end > to) break;
      at = end;
    } else if (xml.startsWith(t, at) && endsName(xml, at + t.length)) {
      const gt = xml.indexOf('>', at);
      if (xml.charCodeAt(gt - 1) === 47 /* <t/> */) continue;
      const end = xml.indexOf(tEnd, gt);
      if (end === -1 || end > to) break;
      raw += xml.slice(gt + 1, end);
      at = end;
    }
  }
  return decodeCellText(raw);
}
