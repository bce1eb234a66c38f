-- Every local assessor's case goes to QA (docs/domain.md §1): the QA policy's local-assessor share is no
-- longer a setting, and a policy is read only with it at 1 (packages/domain qa-policy.ts). A policy stored
-- with another share is brought to 1, as it is now read; nothing else of it changes.
UPDATE "QaSettings"
   SET policy = jsonb_set(policy, '{shareByRole,local-assessor}', '1'::jsonb)
 WHERE policy #> '{shareByRole,local-assessor}' IS DISTINCT FROM '1'::jsonb;
