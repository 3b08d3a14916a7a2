// PDF -> text with Mozilla's pdf.js, vendored into ../vendor/pdfjs/ by
// scripts/vendor-pdfjs.sh and loaded only when a PDF is dropped. The source text is the
// PDF's own text layer, page after page; `pages` keeps where each page starts (UTF-16
// offsets) so every figure can be traced to its page.
//
// CSP: pdf.js runs in its own module worker from 'self'; eval and font loading are off
// (text extraction needs neither).

const BASE = new URL('../vendor/pdfjs/', import.meta.url);

let lib = null;

function pdfjs() {
  lib ??= import(new URL('pdf.min.mjs', BASE).href).then((mod) => {
    mod.GlobalWorkerOptions.workerSrc = new URL('pdf.worker.min.mjs', BASE).href;
    return mod;
  }).catch((e) => {
    lib = null;
    throw new Error(`the PDF reader could not be loaded (${e.message}); run scripts/vendor-pdfjs.sh`);
  });
  return lib;
}

/**
 * The text of a PDF file: {title, text, pages}.
 * @throws Error with a sentence for the reader (no text layer, damaged, encrypted)
 */
export async function readPdf(file) {
  const mod = await pdfjs();
  const data = new Uint8Array(await file.arrayBuffer());
  let task;
  let doc;
  try {
    task = mod.getDocument({
      data,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      enableXfa: false,
      cMapUrl: new URL('cmaps/', BASE).href,
      cMapPacked: true,
      standardFontDataUrl: new URL('standard_fonts/', BASE).href,
    });
    doc = await task.promise;
  } catch (e) {
    task?.destroy();
    const why = e?.name === 'PasswordException' ? 'it is protected by a password' : `it could not be read (${e.message})`;
    throw new Error(`${file.name}: ${why}.`);
  }
  try {
    const pages = [];
    let text = '';
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      if (text) text += '\n\n';
      pages.push(text.length);
      text += pageText(content.items);
      page.cleanup();
    }
    if (!text.trim()) {
      throw new Error(`${file.name} has no text layer (it is probably a scan): run it through OCR first, or paste its text.`);
    }
    const meta = await doc.getMetadata().catch(() => null);
    const title = String(meta?.info?.Title || '').trim() || file.name.replace(/\.pdf$/i, '');
    const date = pdfDate(meta?.info?.CreationDate);
    return { title, text, pages, ...(date ? { date } : {}) };
  } finally {
    task.destroy();
  }
}

/** One page's text items as lines: pdf.js marks line ends with hasEOL. */
function pageText(items) {
  let out = '';
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    out += item.str;
    if (item.hasEOL) out += '\n';
  }
  return out.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** "D:20250312..." -> "2025-03-12". */
function pdfDate(raw) {
  const m = /^D:(\d{4})(\d{2})(\d{2})/.exec(String(raw || ''));
  return m ? `${m[1]}-${m[2]}-${m[3]}` : '';
}
