-- A version submitted before versions kept their interview facts (20261127074521) takes the facts of its
-- task's interview: a submitted task's interview is locked, so it is the one the version was assessed under.
-- Without them the version would be judged under no interview at all (View 5 closed) or, where the rules
-- open questions it never answered, not at all. Same shape as interviewFactsOf: codes only, no date or notes.
UPDATE "AssessmentVersion" v
SET "interviewFacts" = jsonb_strip_nulls(jsonb_build_object(
  'tookPlace', c."tookPlace",
  'role', c."role",
  'caseManagerSeenBefore', c."caseManagerSeenBefore",
  'language', c."language"))
FROM "CaseManagerInterview" c
WHERE c."taskId" = v."taskId" AND v."interviewFacts" IS NULL;
