// What a lead enters in the form that starts an inspection, for the tests that send it: dates counted from a
// fieldwork start ahead of today, which the rules require, so the form stays valid as the calendar moves.
import { daysAfter, FIELDWORK_START_AHEAD } from '../../../tests/harness/index.ts';

/** A GOV.UK date input's three fields for `isoDate`. */
const dateFields = (name: string, isoDate: string) => {
  const [year, month, day] = isoDate.split('-');
  return { [`${name}-day`]: day!, [`${name}-month`]: month!, [`${name}-year`]: year! };
};

/** The form's answers for twelve days of fieldwork ahead, for the youth justice service `code`. */
export const startFormAnswers = (code: string) => ({
  yjsName: 'Westmoor Youth Justice Service',
  yjsCode: code,
  country: 'england',
  ...dateFields('fieldworkStart', FIELDWORK_START_AHEAD),
  ...dateFields('fieldworkEnd', daysAfter(FIELDWORK_START_AHEAD, 11)),
  family: 'youth-standards',
  courtDisposals: 'd2-v6.5',
  outOfCourt: 'd3-v3.6',
  standards: 'standards-2020',
  sampleSize: '4',
  ...dateFields('assessmentsDue', daysAfter(FIELDWORK_START_AHEAD, 9)),
  reminderDaysBefore: '2',
});
