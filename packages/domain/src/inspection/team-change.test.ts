import { describe, expect, it } from 'vitest';
import {
  leavesPanelWithoutChair,
  membersLosingRoles,
  workBlockingTeamChange,
  type HeldCase,
} from './team-change.ts';

const lead = { userId: 'lead-1', role: 'lead-inspector' };
const inspector1 = { userId: 'inspector-1', role: 'inspector' };
const inspector2 = { userId: 'inspector-2', role: 'inspector' };
const qa1 = { userId: 'qa-1', role: 'qa-reviewer' };
const held = (caseRef: string, fields: Partial<HeldCase>): HeldCase => ({
  caseRef,
  assigneeId: 'inspector-1',
  taskState: 'assigned',
  reviewerId: null,
  reviewState: null,
  ...fields,
});

describe('workBlockingTeamChange', () => {
  const current = [lead, inspector1, inspector2, qa1];

  it("names the open cases of an assessor who leaves the team, and nobody else's", () => {
    const cases = [
      held('C0002', { taskState: 'in-progress' }),
      held('C0001', {}),
      held('C0003', { taskState: 'revising', reviewState: 'revising', reviewerId: 'qa-1' }),
      held('C0004', { assigneeId: 'inspector-2' }),
    ];
    expect(workBlockingTeamChange(current, [lead, inspector2, qa1], cases)).toEqual([
      { userId: 'inspector-1', role: 'assessor', caseRef: 'C0001', kind: 'case', state: 'assigned' },
      { userId: 'inspector-1', role: 'assessor', caseRef: 'C0002', kind: 'case', state: 'in-progress' },
      { userId: 'inspector-1', role: 'assessor', caseRef: 'C0003', kind: 'case', state: 'revising' },
    ]);
  });

  it('lets an assessor go whose cases are approved, withdrawn or not yet assigned to anyone', () => {
    const cases = [
      held('C0001', { taskState: 'submitted', reviewState: 'approved' }),
      held('C0002', { taskState: 'withdrawn' }),
      held('C0003', { assigneeId: null, taskState: 'unassigned' }),
    ];
    expect(workBlockingTeamChange(current, [lead, inspector2, qa1], cases)).toEqual([]);
  });

  it('keeps a submitted case in quality assurance with its assessor, since a return goes back to them', () => {
    const cases = [held('C0001', { taskState: 'submitted', reviewState: 'awaiting-qa' })];
    expect(workBlockingTeamChange(current, [lead, inspector2, qa1], cases)).toEqual([
      { userId: 'inspector-1', role: 'assessor', caseRef: 'C0001', kind: 'case', state: 'awaiting-qa' },
    ]);
  });

  it('lets a person change from one assessor role to the other with their cases', () => {
    const cases = [held('C0001', { taskState: 'in-progress' })];
    const wanted = [lead, { userId: 'inspector-1', role: 'local-assessor' }, inspector2, qa1];
    expect(workBlockingTeamChange(current, wanted, cases)).toEqual([]);
  });

  it('names the reviews a QA reviewer holds (claimed, or returned and coming back), not the queued ones', () => {
    const cases = [
      held('C0001', { taskState: 'submitted', reviewState: 'in-review', reviewerId: 'qa-1' }),
      held('C0002', { taskState: 'revising', reviewState: 'revising', reviewerId: 'qa-1' }),
      held('C0003', { taskState: 'submitted', reviewState: 'awaiting-qa', reviewerId: null }),
      held('C0004', { taskState: 'submitted', reviewState: 'approved', reviewerId: 'qa-1' }),
    ];
    expect(workBlockingTeamChange(current, [lead, inspector1, inspector2], cases)).toEqual([
      { userId: 'qa-1', role: 'qa-reviewer', caseRef: 'C0001', kind: 'review', state: 'in-review' },
      { userId: 'qa-1', role: 'qa-reviewer', caseRef: 'C0002', kind: 'review', state: 'revising' },
    ]);
  });

  it('finds nothing when nobody loses a role', () => {
    expect(workBlockingTeamChange(current, current, [held('C0001', {})])).toEqual([]);
  });
});

describe('membersLosingRoles', () => {
  it('names each person who loses any role once', () => {
    const wanted = [lead, inspector2, { userId: 'qa-1', role: 'inspector' }];
    expect(membersLosingRoles([lead, inspector1, inspector2, qa1], wanted)).toEqual(['inspector-1', 'qa-1']);
  });
});

describe('leavesPanelWithoutChair', () => {
  const chair1 = { userId: 'chair-1', role: 'panel-chair' };
  const chair2 = { userId: 'chair-2', role: 'panel-chair' };

  it('is true only when the last chair goes and nobody takes the role', () => {
    expect(leavesPanelWithoutChair([lead, chair1], [lead])).toBe(true);
    expect(leavesPanelWithoutChair([lead, chair1], [lead, { userId: 'chair-1', role: 'inspector' }])).toBe(
      true,
    );
    expect(leavesPanelWithoutChair([lead, chair1, chair2], [lead, chair2])).toBe(false);
    expect(leavesPanelWithoutChair([lead, chair1], [lead, chair2])).toBe(false);
    expect(leavesPanelWithoutChair([lead, inspector1], [lead])).toBe(false);
  });
});
