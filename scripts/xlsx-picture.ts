/**
 * Renders a generated proposal list (XLSX, `xlsxExporter()`, the testkit's sample list) to
 * `docs/img/danh-sach-xlsx.png`: LibreOffice converts the workbook to PDF, `pdftoppm` page 1 to PNG.
 *
 *   pnpm exec tsx --conditions=source scripts/xlsx-picture.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleProposalList } from '@tdkt/testkit';
import { xlsxExporter } from '@tdkt/export-xlsx';

const dir = mkdtempSync(join(tmpdir(), 'tdkt-pic-'));
writeFileSync(join(dir, 'danh-sach.xlsx'), await xlsxExporter().export(sampleProposalList()));
const soffice = execFileSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).trim();
execFileSync(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'danh-sach.xlsx')], { stdio: 'pipe', timeout: 120000 });
// The sheet fits the landscape page's width: crop to the table, at a resolution that keeps it legible.
execFileSync('pdftoppm', ['-png', '-r', '200', '-f', '1', '-l', '1', '-x', '120', '-y', '135', '-W', '2100', '-H', '150', '-singlefile', join(dir, 'danh-sach.pdf'), join(dir, 'page')]);
copyFileSync(join(dir, 'page.png'), new URL('../docs/img/danh-sach-xlsx.png', import.meta.url));
console.log('docs/img/danh-sach-xlsx.png');
