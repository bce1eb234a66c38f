// The guidance part of `yji frameworks show <id> --json`: ours on every standard (or 2016 View), key question and
// question, the classification levels, and the official text where an official layer has been imported.
import { getFrameworkGuidance } from '@yji/domain';
import type { OfficialLayer } from '@yji/domain';

interface Coded {
  readonly code: string;
}
interface FrameworkDetail {
  readonly id: string;
  readonly sections: readonly (Coded & {
    readonly keyQuestions: readonly (Coded & { readonly questions: readonly Coded[] })[];
  })[];
}

export function withGuidance(detail: FrameworkDetail, official: OfficialLayer | undefined) {
  const ours = getFrameworkGuidance(detail.id);
  const officialText = new Map(official?.entries.map((entry) => [entry.code, entry.text]));
  const annotate = <Entry extends Coded>(row: Entry, guidance: unknown) => ({
    ...row,
    guidance: guidance ?? null,
    ...(officialText.has(row.code) && { official: officialText.get(row.code) }),
  });
  return {
    ...detail,
    officialGuidance: official
      ? { revision: official.revision, importedAt: official.importedAt, source: official.source }
      : null,
    classifications: ours?.classifications ?? [],
    sections: detail.sections.map((section) => ({
      ...annotate(
        section,
        ours?.standards.find((entry) => entry.code === section.code) ??
          ours?.sections.find((entry) => entry.code === section.code),
      ),
      keyQuestions: section.keyQuestions.map((keyQuestion) => ({
        ...annotate(
          keyQuestion,
          ours?.keyQuestions.find((entry) => entry.code === keyQuestion.code),
        ),
        questions: keyQuestion.questions.map((question) =>
          annotate(
            question,
            ours?.questions.find((entry) => entry.code === question.code),
          ),
        ),
      })),
    })),
  };
}
