/** A scripted client that goes through every endpoint of the service and says what it did. */

/** One call the script made. */
export interface Call {
  method: string;
  path: string;
  status: number;
  body: unknown;
}

/**
 * Runs the script against `base` (e.g. `http://127.0.0.1:8787`): posts a roster, reads a
 * subject, asks for eligibility, drafts a proposal and moves it through council review,
 * submission, a return with its legal reason, resubmission, appraisal and decision, then a wrong
 * move (refused) and the audit log. Throws when a call does not answer as expected.
 */
export async function runScript(base: string, log: (line: string) => void = () => undefined): Promise<Call[]> {
  const calls: Call[] = [];
  const call = async (method: string, path: string, expected: number, payload?: unknown): Promise<unknown> => {
    const res = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json', 'x-actor': 'scripted client' }, ...(payload === undefined ? {} : { body: JSON.stringify(payload) }) });
    const body: unknown = await res.json();
    calls.push({ method, path, status: res.status, body });
    log(`${method} ${path} → ${res.status}`);
    if (res.status !== expected) throw new Error(`${method} ${path}: expected ${expected}, got ${res.status}: ${JSON.stringify(body)}`);
    return body;
  };
  const roster = {
    subjects: [
      { kind: 'individual', id: 'CB-001', name: "Nguyễn Thị Hoà; DROP TABLE tdkt_records; --", unit: 'UBND phường Hải Châu', recruited: '2014-08-18', years: [{ year: 2024, rating: 'HTXSNV', titles: ['lao-dong-tien-tien'] }, { year: 2025, rating: 'HTXSNV', titles: ['lao-dong-tien-tien'] }] },
      { kind: 'individual', id: 'CB-002', name: 'Trần Văn Bình 🇻🇳', unit: 'UBND phường Hải Châu', recruited: '2020-01-02', years: [{ year: 2025, rating: 'HTNV', titles: [] }] },
    ],
  };
  const posted = (await call('POST', '/roster', 201, roster)) as { written: number };
  log(`  roster: ${posted.written} subjects written / đã ghi ${posted.written} đối tượng`);
  await call('POST', '/roster', 400, { subjects: [{ kind: 'individual', id: 'X', years: [{ year: 2025, rating: 'GOOD' }] }] });
  log('  a bad roster is refused with its position, nothing written / danh sách sai bị từ chối');
  await call('GET', '/subjects/CB-001', 200);
  for (const id of ['CB-001', 'CB-002']) {
    const e = (await call('GET', `/subjects/${id}/eligibility?award=chien-si-thi-dua-co-so&period=2025&asOf=2025-12-15`, 200)) as { outcome: string; explanation: { found: { vi: string; en: string } } };
    log(`  ${id} chien-si-thi-dua-co-so 2025: ${e.outcome} — ${e.explanation.found.en}`);
  }
  await call('GET', '/subjects/NOPE/eligibility?award=chien-si-thi-dua-co-so&period=2025&asOf=2025-12-15', 404);
  await call('POST', '/proposals', 201, { id: 'DN-2025-001', subjectId: 'CB-001', award: 'chien-si-thi-dua-co-so', period: 2025, level: 'unit', date: '2025-12-01', actor: 'Phòng Nội vụ' });
  const steps = [
    { to: 'council-reviewed', date: '2025-12-05', actor: 'Hội đồng TĐKT phường', vote: { members: 9, inFavour: 8 }, documents: [{ kind: 'minutes', title: 'Biên bản họp Hội đồng TĐKT' }] },
    { to: 'submitted', date: '2025-12-08', actor: 'UBND phường Hải Châu', documents: [{ kind: 'dossier', title: 'Tờ trình và hồ sơ đề nghị' }] },
    { to: 'returned', date: '2025-12-12', actor: 'Sở Nội vụ', reason: { vi: 'Thiếu báo cáo thành tích', en: 'The achievement report is missing' }, legalBasis: 'Nghị định 152/2025/NĐ-CP Điều 35 khoản 4 điểm a' },
    { to: 'submitted', date: '2025-12-15', actor: 'UBND phường Hải Châu', documents: [{ kind: 'dossier', title: 'Hồ sơ bổ sung' }] },
    { to: 'appraised', date: '2025-12-18', actor: 'Sở Nội vụ' },
    { to: 'decided', date: '2025-12-22', actor: 'Chủ tịch UBND phường', outcome: 'granted' },
  ];
  for (const s of steps) {
    const r = (await call('POST', '/proposals/DN-2025-001/steps', 200, s)) as { proposal: { stage: string }; version: number };
    log(`  DN-2025-001 → ${r.proposal.stage} (version ${r.version})`);
  }
  await call('POST', '/proposals/DN-2025-001/steps', 422, { to: 'appraised', date: '2025-12-23', actor: 'Sở Nội vụ' });
  log('  a move after the decision is refused (INVALID_TRANSITION) / bước sai bị từ chối');
  const p = (await call('GET', '/proposals/DN-2025-001', 200)) as { proposal: { history: { stage: string }[] } };
  log(`  history: ${p.proposal.history.map((h) => h.stage).join(' → ')}`);
  const audit = (await call('GET', '/audit', 200)) as { entries: unknown[] };
  log(`  audit log: ${audit.entries.length} entries / mục nhật ký`);
  return calls;
}
