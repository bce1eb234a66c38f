// The panel's decision on a standard reads as what the panel did, by whom: "Rating confirmed by Hugh Bennett
// on …", "Rating moved up to Good by …" — not the decision's codes ("Confirm, by …", "Up to Good"), which read
// as instructions. On the decision page, with its rationale under it, and in the pack's table. And the pack
// page says, before anyone approves, what would refuse the chair's approval as judgements-pending: how many
// cases quality assurance approved or reopened are not up to date in the ratings yet, or that it could not be
// checked.
import { describe, expect, it } from 'vitest';
import type { DecisionView, PanelPack } from '@yji/contracts';
import { panelDecision } from '../src/web/nunjucks-filters.ts';
import { textOf } from './browserless.ts';
import { peopleNamed, renderView } from './view-render.ts';

const people = peopleNamed({ 'chair-1': 'Hugh Bennett' });

const decided = (decision: DecisionView['decision'], to: DecisionView['to']): DecisionView => ({
  standardId: '2.1',
  decision,
  to,
  rationale: 'Weighed against the interviews & the case files.',
  decidedBy: 'chair-1',
  decidedAt: '2026-12-07T14:05:00.000Z',
  version: 1,
  correction: false,
});

const standardWith = (decision: DecisionView | null) =>
  ({
    id: '2.1',
    kind: 'case-based',
    statement: null,
    prompts: [],
    computedRating: 'Good',
    proposedRating: null,
    rating: decision?.to ?? 'Good',
    smallSample: false,
    needsDecision: false,
    awaitsProposal: false,
    drivenBy: null,
    keyQuestions: [],
    proposal: null,
    decision,
  }) satisfies PanelPack['standards'][number];

const decisionPage = (decision: DecisionView | null) =>
  textOf(
    renderView('panel/decision.njk', {
      title: 'Decide standard 2.1',
      id: 'inspection-1',
      standard: standardWith(decision),
      ratings: ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'],
      values: {},
      fieldErrors: {},
      people,
    }),
  );

describe('the panel’s decision in words', () => {
  it('says each kind of decision as what was done to the rating', () => {
    expect(panelDecision(decided('confirm', null))).toBe('Rating confirmed');
    expect(panelDecision(decided('up', 'Outstanding'))).toBe('Rating moved up to Outstanding');
    expect(panelDecision(decided('down', 'Requires improvement'))).toBe(
      'Rating moved down to Requires improvement',
    );
  });

  it('reads on the decision page as a sentence naming who decided, with the rationale under it', () => {
    const when = '7 December 2026 at 2:05pm';
    for (const [decision, words] of [
      [decided('confirm', null), `Rating confirmed by Hugh Bennett on ${when}`],
      [decided('up', 'Outstanding'), `Rating moved up to Outstanding by Hugh Bennett on ${when}`],
      [decided('down', 'Inadequate'), `Rating moved down to Inadequate by Hugh Bennett on ${when}`],
    ] as const) {
      const page = decisionPage(decision);
      expect(page).toContain(`Decision recorded ${words} Weighed against the interviews & the case files.`);
      expect(page).not.toMatch(/Confirm,|Up to|Down to/);
    }
    expect(decisionPage(null)).toContain('Decision recorded None yet');
  });

  it('reads the same in the pack’s table', () => {
    const pack = packPage({ standards: [standardWith(decided('up', 'Outstanding'))] }, 'inspector');
    expect(pack).toContain('Rating moved up to Outstanding');
    expect(pack).not.toContain('Up to Outstanding');
  });
});

/**
 * The pack page's markup as `role` sees it, for a pack open for approval with `changes` made to it (and the
 * approval's refusal, if given).
 */
const packHtml = (
  changes: Partial<PanelPack>,
  role: 'panel-chair' | 'lead-inspector' | 'inspector',
  fieldErrors: Record<string, { text: string }> = {},
) =>
  renderView('panel/pack.njk', {
    title: 'Ratings panel',
    id: 'inspection-1',
    pack: {
      state: 'open',
      cases: { approved: 4 },
      qa: { reviewed: 4, figures: null },
      standards: [standardWith(null)],
      score: null,
      maxScore: 36,
      overall: null,
      scoreBands: { confirmed: true, bands: [] },
      settings: { desistanceFirst: false },
      undecided: [],
      judgementsPending: 0,
      final: null,
      ...changes,
    },
    user: { userId: `${role}-1`, roles: [role] },
    people,
    values: {},
    fieldErrors,
  });

/** The pack page's text as `role` sees it, for a pack open for approval with `changes` made to it. */
const packPage = (changes: Partial<PanelPack>, role: 'panel-chair' | 'lead-inspector' | 'inspector') =>
  textOf(packHtml(changes, role));

describe('the pack’s link to a standard’s decision', () => {
  it('reads Decide while the panel is open, and Correct once the set is approved', () => {
    expect(packPage({}, 'panel-chair')).toContain('Decide standard');
    for (const state of ['approved', 'correcting'] as const) {
      const page = packPage({ state }, 'panel-chair');
      expect(page).toContain('Correct standard');
      expect(page).not.toContain('Decide standard');
    }
  });
});

describe('the pack’s word on approved cases not in the ratings yet', () => {
  it('tells the chair how many, and to wait and reload the page before approving; nothing once none', () => {
    expect(packPage({ judgementsPending: 3 }, 'panel-chair')).toContain(
      'Warning 3 cases that quality assurance approved or reopened are not up to date in the ratings yet, so ' +
        'the figures above are not final. Wait a few minutes, then reload the page before you approve. If ' +
        'nothing changes, tell the team that runs this service. Approve the ratings',
    );
    expect(packPage({ judgementsPending: 1 }, 'panel-chair')).toContain(
      '1 case that quality assurance approved or reopened is not up to date in the ratings yet, so the ' +
        'figures above are not final.',
    );
    // Every approved case in the ratings, or the ratings approved already: nothing to wait for.
    expect(packPage({ judgementsPending: 0 }, 'panel-chair')).not.toContain('up to date');
    expect(packPage({ state: 'approved', judgementsPending: 3 }, 'panel-chair')).not.toContain('up to date');
  });

  it('tells the rest of the panel the chair cannot approve until they arrive', () => {
    expect(packPage({ judgementsPending: 2 }, 'inspector')).toContain(
      'Warning 2 cases that quality assurance approved or reopened are not up to date in the ratings yet, so ' +
        'the figures above are not final. The chair cannot approve the ratings until they are.',
    );
  });

  it('says it could not be checked when the ratings service could not count them', () => {
    expect(packPage({ judgementsPending: null }, 'panel-chair')).toContain(
      'We could not check just now that the ratings are up to date with quality assurance. Reload the page ' +
        'before you approve.',
    );
  });
});

describe('the chair’s approval while standards are undecided', () => {
  /** Standard `id` as the pack has it: flagged for the panel's decision, or awaiting the lead's proposal. */
  const standard = (id: string, change: Partial<PanelPack['standards'][number]>) => ({
    ...standardWith(null),
    id,
    ...change,
  });
  const undecided: Partial<PanelPack> = {
    standards: [
      standard('1.1', { kind: 'qualitative', awaitsProposal: true, rating: null }),
      standard('2.1', { needsDecision: true, smallSample: true }),
      standard('2.2', {}),
    ],
    undecided: ['1.1', '2.1'],
  };

  it('offers no button, and says which standards to decide, linked, and which await a proposal', () => {
    const page = packPage(undecided, 'panel-chair');
    expect(page).not.toContain('Approve the ratings');
    expect(page).toContain(
      'Before you can approve the ratings The panel must decide this standard first: 2.1 Assessment ' +
        'The lead inspector must propose a rating for this standard first: 1.1 Governance and leadership ' +
        'You can approve the ratings here once every standard is settled.',
    );
    const markup = packHtml(undecided, 'panel-chair');
    expect(markup).not.toContain('/ratings/approval');
    expect(markup).toContain('<a class="govuk-link" href="/inspections/inspection-1/ratings/decisions/2.1">');
    // The chair proposes nothing: the standard awaiting a proposal is named, not linked for them.
    expect(markup).not.toMatch(/<li><a [^>]*proposals\/1\.1/);
  });

  it('says a standard whose decision no longer fits the figures is to be decided again', () => {
    const stale = standard('2.1', { needsDecision: true, decision: decided('confirm', null) });
    expect(packPage({ standards: [stale], undecided: ['2.1'] }, 'panel-chair')).toContain(
      'The panel must decide this standard first: 2.1 Assessment (its decision no longer fits the figures: ' +
        'decide it again)',
    );
  });

  it('names several standards to decide', () => {
    const page = packPage(
      {
        standards: [standard('2.1', { needsDecision: true }), standard('3.2', { needsDecision: true })],
        undecided: ['2.1', '3.2'],
      },
      'panel-chair',
    );
    expect(page).toMatch(/The panel must decide these standards first: 2\.1 Assessment 3\.2 \S/);
  });

  it('shows a refusal of an approval sent from an older page where the button was', () => {
    const page = textOf(
      packHtml(undecided, 'panel-chair', { approve: { text: 'Standard 2.1 is not settled yet' } }),
    );
    expect(page).toContain('Before you can approve the ratings Error: Standard 2.1 is not settled yet');
  });

  it('offers the button as before once every standard is decided', () => {
    const page = packPage({ ...undecided, undecided: [] }, 'panel-chair');
    expect(page).toContain('Approve the ratings');
    expect(page).not.toContain('Before you can approve the ratings');
    expect(packHtml({ ...undecided, undecided: [] }, 'panel-chair')).toContain('/ratings/approval');
  });
});
