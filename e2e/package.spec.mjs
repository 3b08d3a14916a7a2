// The npm package ships the licence files that Cargo.toml's "MIT OR Apache-2.0" names.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { ROOT } from './helpers.mjs';

test('LICENSE-MIT and LICENSE-APACHE are in the repository and in the npm package', () => {
  const cargo = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8');
  expect(cargo).toMatch(/license = "MIT OR Apache-2.0"/);
  expect(fs.readFileSync(path.join(ROOT, 'LICENSE-MIT'), 'utf8')).toMatch(/^MIT License\n/);
  expect(fs.readFileSync(path.join(ROOT, 'LICENSE-APACHE'), 'utf8')).toMatch(/Apache License\s+Version 2\.0, January 2004/);
  const pkg = path.join(ROOT, 'www', 'pkg');
  const manifest = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8'));
  expect(manifest.license).toBe('MIT OR Apache-2.0');
  for (const file of ['LICENSE-MIT', 'LICENSE-APACHE']) {
    expect(manifest.files).toContain(file);
    expect(fs.readFileSync(path.join(pkg, file), 'utf8')).toBe(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  }
});
