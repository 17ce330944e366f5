/** A state's name in lines that fit its box in the state diagram, worked out at build time so the simulator's code need not carry it. */
/** Width in "Latin letters": Hangul and CJK glyphs take about two. */
function units(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 1.9 : 1;
  return n;
}

const LINE_UNITS = 24;

/**
 * Lines that fit a box: between words where the language spaces them (English, Korean), between
 * characters where it does not (Chinese), or inside a word too long for a line.
 */
export function wrap(label: string): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const word of label.split(/(\s+)/)) {
    if (/^\s+$/.test(word)) {
      line += ' ';
      continue;
    }
    if (units(line + word) <= LINE_UNITS) {
      line += word;
      continue;
    }
    if (units(word) <= LINE_UNITS && line.trim()) {
      push();
      line = word;
      continue;
    }
    for (const ch of word) {
      if (units(line + ch) > LINE_UNITS) push();
      line += ch;
    }
  }
  push();
  return lines.length > 3 ? [...lines.slice(0, 2), `${lines[2]}…`] : lines;
}

