// Reading dropped or picked files into sources. HTML is reduced to its text with
// DOMParser: the parsed document is inert (no scripts run, nothing loads).

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,td,th,dt,dd';
export const ACCEPT = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** @returns {Promise<{title: string, text: string}>} */
export async function readSourceFile(file) {
  if (file.size > MAX_FILE_BYTES) throw new Error(`${file.name} is larger than 16 MiB.`);
  const name = file.name.replace(/\.[^.]+$/, '') || file.name;
  const raw = await file.text();
  if (/\.html?$/i.test(file.name) || file.type === 'text/html') {
    const { title, text } = htmlToText(raw);
    return { title: title || name, text };
  }
  if (!/\.(txt|md|markdown)$/i.test(file.name) && !/^text\//.test(file.type)) {
    throw new Error(`${file.name}: only .txt, .md and .html files can be added.`);
  }
  if (raw.includes('\u0000')) throw new Error(`${file.name} looks like a binary file.`);
  return { title: name, text: raw.replace(/\r\n?/g, '\n') };
}

/** The readable text of an HTML document, one paragraph per block. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script,style,noscript,template,svg,iframe,object,embed,nav,form').forEach((n) => n.remove());
  const title = (doc.querySelector('h1')?.textContent || doc.title || '').replace(/\s+/g, ' ').trim();
  return { title, text: elementText(doc.body) };
}

/** The text of an element, one paragraph per block-level child (or its whole text). */
export function elementText(root) {
  const outermost = (el) => {
    for (let p = el.parentElement; p && p !== root; p = p.parentElement) if (p.matches(BLOCKS)) return false;
    return true;
  };
  const blocks = [...root.querySelectorAll(BLOCKS)].filter(outermost);
  return (blocks.length ? blocks : [root])
    .map((el) => (el.textContent || '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
