import { auditExports } from '@tdkt/core';
import { csvExporter } from '@tdkt/export-csv';
import { sampleProposalList } from '@tdkt/testkit';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../src/index.js';

describe('exports that show personal data are recorded in the audit log when a store is attached', () => {
  it('records who, what and the purpose; masked exports record nothing', async () => {
    const storage = memoryStorage();
    const audit = auditExports(storage, 'chuyen-vien-tdkt');
    await csvExporter().export(sampleProposalList(), { audit });
    expect(await storage.audit.list({ entity: 'exports' })).toEqual([]);
    await csvExporter().export(sampleProposalList(), { personalData: { include: true, purpose: 'Danh sách trình Thủ tướng Chính phủ' }, audit });
    const log = await storage.audit.list({ entity: 'exports' });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ actor: 'chuyen-vien-tdkt', action: 'export', after: { format: 'csv', purpose: 'Danh sách trình Thủ tướng Chính phủ' } });
  });
});
