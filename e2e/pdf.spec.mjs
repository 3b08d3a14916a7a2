// PDF in: a dropped PDF's text layer becomes a source (pdf.js, vendored, loaded only
// then), each figure traced to its page; a PDF without text gets a clear message.
import { test, expect } from '@playwright/test';
import { waitForResult } from './helpers.mjs';

/**
 * A small, valid PDF written here: one page per entry of `pages`, each a list of text
 * lines set in Helvetica (a standard font, not embedded); an empty list draws a box
 * and no text (like a scan).
 */
function makePdf(pages, title = 'Harbour fire report') {
  const objects = [];
  const add = (body) => { objects.push(body); return objects.length; };
  const catalog = add(null);
  const tree = add(null);
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids = [];
  for (const lines of pages) {
    const ops = lines.length
      ? ['BT', '/F1 12 Tf', '72 720 Td', '16 TL', ...lines.map((l, i) => `${i ? 'T* ' : ''}(${l.replace(/[\\()]/g, (c) => `\\${c}`)}) Tj`), 'ET']
      : ['0.5 g', '72 500 300 200 re f'];
    const stream = ops.join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${tree} 0 R >>`;
  objects[tree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = add(`<< /Title (${title}) /CreationDate (D:20250314093000Z) >>`);
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

async function drop(page, files) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'application/pdf' }));
    return dt;
  }, files.map((f) => ({ name: f.name, bytes: [...f.bytes] })));
  await page.locator('fact-compare section.sources').dispatchEvent('drop', { dataTransfer });
}

test('a dropped PDF becomes a source with its text, and figures say their page', async ({ page }) => {
  const loaded = [];
  page.on('request', (r) => { if (r.url().includes('/vendor/pdfjs/')) loaded.push(r.url()); });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto('/');
  await waitForResult(page);
  expect(loaded, 'pdf.js is loaded only when a PDF is dropped').toEqual([]);
  const cards = page.locator('fact-compare article.source');
  const n = await cards.count();
  const pdf = makePdf([
    ['Harbour fire', 'At least 40 boats burned in the harbour, officials said.'],
    ['Damage is put at $3 million.', 'Some 120 people were evacuated.'],
  ]);
  await drop(page, [{ name: 'harbour-report.pdf', bytes: pdf }]);
  await expect(cards).toHaveCount(n + 1);
  const card = cards.last();
  await expect(card.locator('input.name')).toHaveValue('Harbour fire report');
  await expect(card.locator('input.date')).toHaveValue('2025-03-14');
  const source = await page.evaluate(() => document.querySelector('fact-compare').sources.at(-1));
  expect(source.text).toContain('At least 40 boats burned in the harbour, officials said.');
  expect(source.text).toContain('Some 120 people were evacuated.');
  expect(source.pages).toHaveLength(2);
  expect(source.text.slice(source.pages[1])).toMatch(/^Damage is put at \$3 million\./);
  expect(loaded.some((u) => u.endsWith('pdf.min.mjs'))).toBe(true);
  // The figures of the PDF are found, with spans into its text and their page.
  await page.waitForFunction((id) => document.querySelector('fact-compare').report?.sources.some((s) => s.id === id), source.id);
  const mentions = await page.evaluate((id) => document.querySelector('fact-compare').report.mentions.filter((m) => m.source === id), source.id);
  const money = mentions.find((m) => m.dimension === 'money');
  expect(money, 'the $3 million figure').toBeTruthy();
  expect(source.text.slice(money.start_utf16, money.end_utf16)).toBe(money.text);
  const row = page.locator('fact-compare tr.row', { has: page.locator(`[data-mention="${money.id}"]`) }).first();
  await expect(row).toContainText('p. 2');
  expect(errors).toEqual([]);
});

test('a PDF with no text layer gets a clear message and adds nothing', async ({ page }) => {
  await page.goto('/');
  await waitForResult(page);
  const cards = page.locator('fact-compare article.source');
  const n = await cards.count();
  await drop(page, [{ name: 'scan.pdf', bytes: makePdf([[]]) }]);
  await expect(page.locator('fact-compare .notice')).toContainText('scan.pdf has no text layer');
  await expect(cards).toHaveCount(n);
  await drop(page, [{ name: 'broken.pdf', bytes: Buffer.from('%PDF-1.4 this is not a PDF') }]);
  await expect(page.locator('fact-compare .notice')).toContainText('broken.pdf');
  await expect(cards).toHaveCount(n);
});
