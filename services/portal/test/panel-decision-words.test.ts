// The panel's decision on a standard reads as what the panel did, by whom: "Rating confirmed by Hugh Bennett
// on …", "Rating moved up to Good by …" — not the decision's codes ("Confirm, by …", "Up to Good"), which read
// as instructions. On the decision page, with its rationale under it, and in the pack's table. And the pack
// page says, before anyone approves, what would refuse the chair's approval as judgements-pending: how many
// cases quality assurance approved or reopened are not up to date in the ratings yet, or that it could not be
// checked.
import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import type { DecisionView, PanelPack } from '@yji/contracts';
import type { Known } from '../src/people/directory.ts';
import { frontendFiles } from '../src/web/frontend-files.ts';
import { configureNunjucks, panelDecision } from '../src/web/nunjucks-filters.ts';

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(frontendFiles.templates), {
  autoescape: true,
});
configureNunjucks(env);

const people: Known = {
  nameOf: (userId) => (userId === 'chair-1' ? 'Hugh Bennett' : userId),
  addressOf: (userId) => userId,
};

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

/** The page's text, tags taken out and white space collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

const decisionPage = (decision: DecisionView | null) =>
  textOf(
    env.render('panel/decision.njk', {
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

/** The pack page as `role` sees it, for a pack open for approval with `changes` made to it. */
const packPage = (changes: Partial<PanelPack>, role: 'panel-chair' | 'inspector') =>
  textOf(
    env.render('panel/pack.njk', {
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
      fieldErrors: {},
    }),
  );

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
