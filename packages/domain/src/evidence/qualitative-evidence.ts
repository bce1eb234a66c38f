// Evidence for the qualitative standards (004 ¶3.22: domain one proposed by the lead inspector "using all the
// relevant sources of information"; 2.5 and 3.4 triangulated with individual cases, ¶3.12 and ¶3.20): per
// prompt, its yes or no answer (004 ¶2.2: "All the key questions and prompts will continue to have a binary
// yes or no response"), a finding, where it comes from, and the cases that bear it out. The ratings panel's
// proposals use it. Findings may describe practice in a case, so messages never repeat them.
import { findQuestion, getFramework } from '../frameworks/index.ts';
import { allowedValues } from '../frameworks/scale.ts';
import type { Framework, Section } from '../frameworks/index.ts';

// 004 ¶1.4, ¶3.12, ¶3.22: documents submitted, interviews with leaders, managers and staff, focus groups,
// and the cases inspected.
export const EVIDENCE_SOURCES = ['document', 'interview', 'focus-group', 'case-file'] as const;
export type EvidenceSourceKind = (typeof EVIDENCE_SOURCES)[number];

export interface EvidenceSource {
  readonly kind: EvidenceSourceKind;
  /** Which document, interview or group (a title or role, never a name). */
  readonly description?: string;
  /** Case-file evidence: the pseudonymous references of the cases it comes from. */
  readonly caseRefs?: readonly string[];
}

export const PROMPT_ANSWERS = ['yes', 'no'] as const;
export type PromptAnswer = (typeof PROMPT_ANSWERS)[number];

export interface PromptEvidence {
  /** The prompt's code in the standards framework ('2.5.1a'). */
  readonly prompt: string;
  /**
   * 004 ¶2.2: the prompt's yes or no answer. Absent only on a proposal stored before prompts were answered;
   * a new proposal gives it (EvidenceCheckOptions.answersRequired).
   */
  readonly answer?: PromptAnswer;
  readonly finding: string;
  readonly sources: readonly EvidenceSource[];
}

export interface QualitativeEvidence {
  /** The standards framework version ('standards-2020'). */
  readonly framework: string;
  /** A qualitative standard of it ('1.1', '2.5', '3.4'). */
  readonly standard: string;
  readonly items: readonly PromptEvidence[];
}

export interface EvidenceProblem {
  /** Where, in the evidence: 'items[0].sources[1].caseRefs'. */
  readonly path: string;
  readonly message: string;
}

export interface EvidenceCheck {
  readonly errors: EvidenceProblem[];
  readonly warnings: EvidenceProblem[];
}

export interface EvidenceCheckOptions {
  /** The inspection's sampled case references: case-file evidence must come from them. */
  readonly sampledCaseRefs?: readonly string[];
  /**
   * A new proposal: a prompt without its yes or no answer is an error. Otherwise (a proposal stored before
   * prompts were answered, read again) a warning the panel sees.
   */
  readonly answersRequired?: boolean;
}

export function checkQualitativeEvidence(
  evidence: QualitativeEvidence,
  options: EvidenceCheckOptions = {},
): EvidenceCheck {
  const framework = getFramework(evidence.framework);
  const section = framework?.sections.find((candidate) => candidate.code === evidence.standard);
  if (!framework || framework.domain !== null || framework.family !== 'youth-standards') {
    return only({ path: 'framework', message: 'framework is not a set of standards' });
  }
  if (!section || section.rating !== 'qualitative') {
    return only({ path: 'standard', message: `standard is not a qualitative standard of ${framework.id}` });
  }
  const errors = evidence.items.flatMap((item, index) =>
    itemProblems(framework, section, item, `items[${index}]`, options),
  );
  errors.push(...repeatedPrompts(evidence));
  const unanswered = unansweredPrompts(evidence);
  if (options.answersRequired) errors.push(...unanswered);
  const warnings = [...missingPrompts(section, evidence), ...(options.answersRequired ? [] : unanswered)];
  const triangulation = triangulationProblems(section, evidence);
  errors.push(...triangulation.errors);
  warnings.push(...triangulation.warnings);
  return { errors, warnings };
}

function only(problem: EvidenceProblem): EvidenceCheck {
  return { errors: [problem], warnings: [] };
}

function itemProblems(
  framework: Framework,
  section: Section,
  item: PromptEvidence,
  path: string,
  { sampledCaseRefs }: EvidenceCheckOptions,
): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  const prompt = findQuestion(framework, item.prompt);
  const ofStandard =
    prompt !== undefined &&
    section.keyQuestions.some((keyQuestion) => keyQuestion.questions.includes(prompt));
  if (!ofStandard)
    problems.push({ path: `${path}.prompt`, message: `is not a prompt of standard ${section.code}` });
  // 004 ¶2.2: answered on the prompt's own scale (yes or no, standards-2020.json).
  const scale = prompt && allowedValues(prompt.answers);
  if (item.answer !== undefined && scale && !scale.includes(item.answer))
    problems.push({ path: `${path}.answer`, message: `is answered ${scale.join(' or ')}` });
  if (item.finding.trim() === '') problems.push({ path: `${path}.finding`, message: 'needs a finding' });
  if (item.sources.length === 0)
    problems.push({ path: `${path}.sources`, message: 'needs at least one source' });
  item.sources.forEach((source, index) => {
    const at = `${path}.sources[${index}].caseRefs`;
    const refs = source.caseRefs ?? [];
    if (source.kind === 'case-file' && refs.length === 0)
      problems.push({ path: at, message: 'case-file evidence names the cases it comes from' });
    if (source.kind !== 'case-file' && refs.length > 0)
      problems.push({ path: at, message: 'only case-file evidence names cases' });
    if (new Set(refs).size !== refs.length) problems.push({ path: at, message: 'names a case twice' });
    if (sampledCaseRefs && refs.some((ref) => !sampledCaseRefs.includes(ref)))
      problems.push({ path: at, message: 'names a case that is not in the sample' });
  });
  return problems;
}

function repeatedPrompts(evidence: QualitativeEvidence): EvidenceProblem[] {
  const first = new Map<string, number>();
  return evidence.items.flatMap((item, index) => {
    const earlier = first.get(item.prompt);
    if (earlier === undefined) {
      first.set(item.prompt, index);
      return [];
    }
    return [
      {
        path: `items[${index}].prompt`,
        message: `repeats the prompt of items[${earlier}]: one finding per prompt`,
      },
    ];
  });
}

// 004 ¶2.2: every prompt has a yes or no response.
function unansweredPrompts(evidence: QualitativeEvidence): EvidenceProblem[] {
  return evidence.items.flatMap((item, index) =>
    item.answer === undefined
      ? [{ path: `items[${index}].answer`, message: `needs a yes or no answer to ${item.prompt} (004 ¶2.2)` }]
      : [],
  );
}

// Decision: a prompt without evidence is a warning, not an error: the lead inspector proposes one judgement
// per standard (004 ¶3.22) and the panel decides whether the evidence is enough.
function missingPrompts(section: Section, evidence: QualitativeEvidence): EvidenceProblem[] {
  const covered = new Set(evidence.items.map((item) => item.prompt));
  const missing = section.keyQuestions
    .flatMap((keyQuestion) => keyQuestion.questions.map((question) => question.code))
    .filter((code) => !covered.has(code));
  return missing.length === 0
    ? []
    : [{ path: 'items', message: `no evidence yet for ${missing.join(', ')}` }];
}

// 004 ¶3.12 ("we will then want to triangulate this with evidence from individual cases"), ¶3.15 ("an
// inspection of five separate cases"), ¶3.20. Decision: without any case-file evidence the standard cannot be
// proposed (an error); with fewer distinct cases than the framework asks, the panel is warned.
function triangulationProblems(section: Section, evidence: QualitativeEvidence): EvidenceCheck {
  const rule = section.caseEvidence;
  if (!rule) return { errors: [], warnings: [] };
  const cases = new Set(
    evidence.items.flatMap((item) =>
      item.sources.filter((source) => source.kind === 'case-file').flatMap((source) => source.caseRefs ?? []),
    ),
  );
  if (cases.size === 0) {
    return {
      errors: [
        {
          path: 'items',
          message: `standard ${section.code} is triangulated with case-file evidence (${rule.source})`,
        },
      ],
      warnings: [],
    };
  }
  if (rule.minimumCases !== undefined && cases.size < rule.minimumCases) {
    return {
      errors: [],
      warnings: [
        {
          path: 'items',
          message: `case-file evidence from ${cases.size} cases; ${rule.minimumCases} are expected (${rule.source})`,
        },
      ],
    };
  }
  return { errors: [], warnings: [] };
}
