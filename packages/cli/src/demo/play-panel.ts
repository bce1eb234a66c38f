// The demo's ratings panel, once the inspection has started it by itself: the lead inspector proposes each
// qualitative standard with evidence for its first prompt, a panel chair decides every standard the pack
// flags (confirming a rating, or settling one that has none), and approves the set. The ratings, the
// four-eyes rule and what needs a decision are the ratings service's: the demo acts on what the pack says.
import { waitFor, type Json, type Person } from './demo-api.ts';

export interface PanelResult {
  overall: string;
  score: number;
  standards: { id: string; rating: string }[];
}

const RATIONALE = 'Weighed against the case files, the interviews and the documents (demo).';

export async function playPanel(
  inspectionId: string,
  caseRefs: string[],
  cases: number,
  people: { lead: Person; chair: Person },
): Promise<PanelResult> {
  const base = `/api/ratings/inspections/${inspectionId}`;
  const pack = () => people.chair('GET', `${base}/pack`);
  const ready = await waitFor('the panel pack with every approved case', async () => {
    const current = await pack().catch(() => undefined);
    return current?.cases?.approved === cases ? current : undefined;
  });
  for (const standard of ready.standards as Json[]) {
    if (standard.kind !== 'qualitative' || standard.proposal) continue;
    await people.lead('PUT', `${base}/proposals/${standard.id}`, {
      version: 0,
      rating: 'Good',
      items: [
        {
          prompt: (standard.prompts as Json[])[0]!.code,
          answer: 'yes',
          finding: 'Policy and practice agree in the documents, interviews and cases seen (demo).',
          sources: [
            { kind: 'interview', description: 'head of service' },
            { kind: 'case-file', caseRefs: caseRefs.slice(0, 5) },
          ],
        },
      ],
    });
  }
  for (const standard of (await pack()).standards as Json[]) {
    if (!standard.needsDecision) continue;
    const decision =
      standard.rating === null ? { decision: 'up', to: 'Requires improvement' } : { decision: 'confirm' };
    await people.chair('PUT', `${base}/decisions/${standard.id}`, {
      version: 0,
      ...decision,
      rationale: RATIONALE,
    });
  }
  await people.chair('POST', `${base}/approval`);
  // Read where the approved sets are kept, newest first: an approval that answered 202 carries no set.
  const approved = ((await people.chair('GET', `${base}/final`)) as unknown as Json[])[0]!;
  return {
    overall: approved.overall,
    score: approved.score,
    standards: (approved.standards as Json[]).map(({ id, finalRating }) => ({ id, rating: finalRating })),
  };
}
