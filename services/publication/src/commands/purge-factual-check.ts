// The retention purge in the publication service (issue 11; docs/retention.md): the YJS contact's comments
// on the draft and the lead inspector's reasons in reply lose their text. Decision: they go, because they
// are free text written by people who know the children — a comment contesting a finding may well cite a
// child's case — and nothing checks them for it; once the report is published they have done their work.
// Which section, who, when and accepted or rejected stay; the report's published text and files stay as
// published. The append-only tables take the redaction their trigger allows.
import { purgeFactualCheck } from '@yji/contracts';
import { purgeOnce } from '@yji/db';
import { publicationCommand } from './publication-command.ts';

export const purgeFactualCheckHandler = publicationCommand(purgeFactualCheck, (db, { inspectionId }) =>
  db.$transaction((tx) =>
    purgeOnce(tx, inspectionId, async (_, purgedAt) => {
      const comments = await tx.factualComment.updateMany({
        where: { inspectionId, purgedAt: null },
        data: { text: '', purgedAt },
      });
      const responses = await tx.commentResponse.updateMany({
        where: { inspectionId, purgedAt: null },
        data: { reason: '', purgedAt },
      });
      return { FactualComment: comments.count, CommentResponse: responses.count };
    }),
  ),
);
