// For tests in other packages: complete, valid assessments built from the rules themselves.
export { completeAnswers, COURT_CASE, FJI_CASE, OOCD_CASE } from './assessment/complete-answers.fixture.ts';
export { createPrng, mulberry32, type Prng } from './testing-data/seeded-prng.ts';
export { ratingsOfApprovedCases, type ApprovedCase } from './ratings/approved-cases.fixture.ts';
