import { describe, expect, it } from 'vitest';
import { runScript } from '../src/client.js';
import { startServer } from '../src/server.js';

describe('examples/http-api', () => {
  it('the scripted client goes through every endpoint over HTTP on a loopback port', async () => {
    const running = await startServer(0, { scratch: true });
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const calls = await runScript(running.url);
      const routes = new Set(calls.map((c) => `${c.method} ${c.path.replace(/\?.*/, '').replace(/CB-00\d|NOPE|DN-2025-001/, ':id')}`));
      expect([...routes].sort()).toEqual(['GET /audit', 'GET /proposals/:id', 'GET /subjects/:id', 'GET /subjects/:id/eligibility', 'POST /proposals', 'POST /proposals/:id/steps', 'POST /roster']);
      const bad = calls.find((c) => c.status === 400)!.body as { error: { issues: { path: unknown[] }[]; message: { vi: string; en: string } } };
      expect(bad.error.issues[0]!.path).toEqual(['subjects', 0, 'years', 0, 'rating']);
      expect(bad.error.message.vi).toContain('chưa ghi gì');
      const elig = calls.find((c) => c.path.startsWith('/subjects/CB-001/eligibility'))!.body as { outcome: string; hash: string; explanation: { citations: unknown[]; children: unknown[] } };
      expect(elig.outcome).toBe('eligible');
      expect(elig.hash).toMatch(/^[0-9a-f]{16,}$/);
      expect(elig.explanation.children.length).toBeGreaterThan(0);
      const last = calls.find((c) => c.path === '/proposals/DN-2025-001' && c.method === 'GET')!.body as { proposal: { stage: string; history: { stage: string }[] } };
      expect(last.proposal.history.map((h) => h.stage)).toEqual(['drafted', 'council-reviewed', 'submitted', 'returned', 'submitted', 'appraised', 'decided']);
      const name = (calls.find((c) => c.path === '/subjects/CB-001')!.body as { subject: { name: string } }).subject.name;
      expect(name).toBe('Nguyễn Thị Hoà; DROP TABLE tdkt_records; --');
    } finally {
      await running.close();
    }
  }, 120000);
});
