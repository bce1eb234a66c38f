-- A blind judgement is its reviewer's, not the case's (domain qa/blind-judgement.ts): a case released or given to
-- another reviewer is judged again, blind, by them, beside the judgements already recorded (append-only).
-- AlterTable
ALTER TABLE "BlindJudgement" DROP CONSTRAINT "BlindJudgement_pkey",
ADD CONSTRAINT "BlindJudgement_pkey" PRIMARY KEY ("taskId", "reviewerId");
