// xl/sharedStrings.xml → the strings cells of type "s" point at by index: plain text, or rich-text runs joined.
import { endsName, rootPrefix, runText } from './xml-text';

export function readSharedStrings(xml: string): string[] {
  const prefix = rootPrefix(xml);
  const open = `<${prefix}si`;
  const close = `</${prefix}si>`;
  const strings: string[] = [];
  for (let at = xml.indexOf(open); at !== -1; at = xml.indexOf(open, at + 1)) {
    if (!endsName(xml, at + open.length)) continue;
    const gt = xml.indexOf('>', at);
    if (xml.charCodeAt(gt - 1) === 47 /* <si/> */) {
      strings.push('');
      continue;
    }
    const end = xml.indexOf(close, gt);
    if (end === -1) break;
    strings.push(runText(xml, gt + 1, end, prefix));
    at = end;
  }
  return strings;
}
