// Where each element of a JSON file's lists starts: data·inclusion files are JSON, and a refused structure
// or service is reported with its line like a CSV row. One pass over text JSON.parse already accepted.

/**
 * The line of each element of the root array (key '') and of each array that is a value of the root object
 * (key: its name), in order.
 */
export function arrayElementLines(text: string): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  const stack: { list: number[] | null; array: boolean; expecting: boolean }[] = [];
  let line = 1;
  let lastKey = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\n') line += 1;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') continue;
    const top = stack[stack.length - 1];
    if (top?.array && top.expecting && c !== ']') {
      top.list?.push(line);
      top.expecting = false;
    }
    if (c === '"') {
      const start = i + 1;
      while (++i < text.length && text[i] !== '"') if (text[i] === '\\') i += 1;
      if (stack.length === 1 && !top?.array) lastKey = text.slice(start, i);
    } else if (c === ',' && top?.array) top.expecting = true;
    else if (c === '[' || c === '{') {
      const named = stack.length === 0 ? '' : stack.length === 1 && !top?.array ? lastKey : null;
      const list = c === '[' && named !== null ? [] : null;
      if (list && named !== null) lines.set(named, list);
      stack.push({ list, array: c === '[', expecting: c === '[' });
    } else if (c === ']' || c === '}') stack.pop();
  }
  return lines;
}

/** The line of a character offset (1 for the first). */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line += 1;
  return line;
}
