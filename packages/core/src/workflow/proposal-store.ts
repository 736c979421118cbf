import { msg } from '../i18n.js';
import { StorageError } from '../ports/storage-errors.js';
import type { Storage, StorageSession, Stored, WriteContext } from '../ports/storage.js';
import { advanceProposal, type Proposal, type ProposalStep, type WorkflowOptions } from './proposal.js';

/**
 * Moves a stored proposal to its next stage in one transaction: reads it, applies
 * {@link advanceProposal} and writes it back with the version read, so two offices moving the
 * same proposal at once cannot both succeed (one gets `STALE_WRITE`). The audit log records the
 * proposal before and after.
 *
 * @throws StorageError `NOT_FOUND`, `INVALID_TRANSITION` (also for a `forwarded` step: use
 *   `forwardStoredProposal`), `STALE_WRITE`.
 *
 * @example await moveProposal(storage, 'DN-2025-01', { to: 'submitted', date: '2025-12-10', actor: 'UBND xã', documents: [{ kind: 'dossier', title: 'Tờ trình' }] }, { actor: 'UBND xã' });
 */
export async function moveProposal(storage: Storage | StorageSession, id: string, step: ProposalStep, w: WriteContext, options: WorkflowOptions = {}): Promise<Stored<Proposal>> {
  if (step.to === 'forwarded')
    throw new StorageError('INVALID_TRANSITION', msg(`Hồ sơ đề nghị ${id}: dùng forwardStoredProposal để chuyển lên cấp trên (tạo hồ sơ của cấp trên cùng lúc)`, `Proposal ${id}: use forwardStoredProposal to forward it (it creates the next level's proposal at the same time)`), { path: ['to'], value: step.to });
  const run = async (s: StorageSession): Promise<Stored<Proposal>> => {
    const cur = await s.proposals.require(id);
    return s.proposals.update(advanceProposal(cur.data, step, options), cur.version, w);
  };
  return 'transaction' in storage ? storage.transaction(run) : run(storage);
}
