// What the panel and the lead inspector see beside a standard: its statement (004 Annexe A, word for word,
// from the domain's guidance) and, for a qualitative standard, the prompts its evidence answers.
import { getFramework, getFrameworkGuidance } from '@yji/domain';

export interface StandardGuidance {
  statement: string | null;
  prompts: { code: string; text: string }[];
}

export function standardGuidance(standardsFramework: string, standardId: string): StandardGuidance {
  const statement =
    getFrameworkGuidance(standardsFramework)?.standards.find(({ code }) => code === standardId)?.statement ??
    null;
  const section = getFramework(standardsFramework)?.sections.find(({ code }) => code === standardId);
  const prompts =
    section?.rating === 'qualitative'
      ? section.keyQuestions.flatMap(({ questions }) => questions.map(({ code, text }) => ({ code, text })))
      : [];
  return { statement, prompts };
}
