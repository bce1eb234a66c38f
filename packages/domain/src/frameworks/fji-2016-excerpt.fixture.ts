// A hand-written excerpt of the 2016 FJI/SQS case assessment guidance (002), to prove the framework model
// expresses its question types: information questions that route (3b → 9a → 9e), Sufficient/Insufficient
// judgements with and without N/A (1.4.1, 3.12.1, 3.12.2), explanation questions with pre-coded reasons
// that always include "Other" (1.4.2, 3.12.3) and a narrative question per section (1.20b, 3.20a).
// Importing the whole 2016 bank is later work.
//
// 002 prints no question wording for 3b, 1.4.2 and 3.12.3, nor the tool's pre-coded reason lists: for
// those the text is what 002 prints in that row, and the reasons are the quality indicators 002 prints
// for the judgement being explained (a reason = that indicator was not met), plus "Other".
const FILE = '002_0cd7a990ce5a0b6c.txt';
const source = (code: string) => ({ file: FILE, code });

export const fji2016Excerpt = {
  id: 'fji-sqs-2016-excerpt',
  domain: null,
  title:
    'Case Assessment Guidance for Full Joint Inspection (FJI) and Short Quality Screening (SQS), 2016 (excerpt)',
  source: FILE,
  gating: { mode: 'none' },
  sections: [
    {
      code: 'V0',
      name: 'View 0 - Details',
      standard: null,
      rating: null,
      keyQuestions: [
        {
          code: '3',
          standard: null,
          text: null,
          questions: [
            {
              code: '3b',
              text: 'This is the country in which this inspection is taking place.',
              kind: 'information',
              answers: {
                type: 'choice',
                options: [
                  { value: 'england', label: 'England' },
                  { value: 'wales', label: 'Wales' },
                ],
              },
              guidance: 'Decides whether the Welsh language questions (9a to 9e, 13c) are asked.',
              source: source('3b'),
            },
          ],
        },
        {
          code: '9',
          standard: null,
          text: null,
          questions: [
            {
              code: '9a',
              text: 'What was the child or young person’s preferred first language?',
              kind: 'information',
              answers: {
                type: 'choice',
                options: [
                  { value: 'english', label: 'English' },
                  { value: 'welsh', label: 'Welsh' },
                  { value: 'other', label: 'Other' },
                  { value: 'not_known', label: 'Not Known' },
                ],
              },
              guidance:
                'Records the language the young person asked to use, from evidence that they were asked.',
              source: source('9a'),
              appliesWhen: { when: 'answer', question: '3b', in: ['wales'], source: `${FILE} 9a` },
            },
            {
              code: '9e',
              text: 'Throughout the course of the sentence to date did the YOT take sufficient account of the preference to work using the Welsh language?',
              kind: 'judgement',
              answers: { type: 'sufficiency', notApplicable: false },
              guidance:
                'Judges whether real attempts were made to work in Welsh where the young person preferred it.',
              source: source('9e'),
              appliesWhen: {
                when: 'answer',
                question: '9a',
                in: ['welsh', 'not_known'],
                source: `${FILE} 9b ("this and subsequent sub questions")`,
              },
            },
          ],
        },
      ],
    },
    {
      code: 'V1',
      name: 'View 1 – Assessment',
      standard: null,
      rating: null,
      keyQuestions: [
        {
          code: '1.4',
          standard: null,
          text: null,
          questions: [
            {
              code: '1.4.1',
              text: 'Was there sufficient engagement with the child or young person, parents/carers or significant others when seeking to understand the factors in this case?',
              kind: 'judgement',
              answers: { type: 'sufficiency', notApplicable: false },
              guidance:
                'Judges the quality of engagement with the young person and carers during assessment.',
              source: source('1.4.1'),
              criterion: '4.1.1',
            },
            {
              code: '1.4.2',
              text: 'When ‘other’ is used please indicate the reasons for this in question 1.20',
              kind: 'explanation',
              answers: {
                type: 'reasons',
                options: [
                  {
                    value: 'not_met',
                    label: 'the child or young person was met as part of the assessment process',
                  },
                  {
                    value: 'no_time_alone',
                    label: 'the child or young person was allowed time to speak with the YOT worker alone',
                  },
                  {
                    value: 'no_voice',
                    label:
                      'the child or young person was given sufficient opportunity to express their views',
                  },
                  {
                    value: 'carers_not_engaged',
                    label:
                      'parents/carers and significant others were sufficiently engaged in the assessment process',
                  },
                  {
                    value: 'carers_no_voice',
                    label:
                      'parents/carers and significant others were given sufficient opportunity to express their views',
                  },
                  {
                    value: 'views_not_reflected',
                    label:
                      'the views of the child or young person and others are accurately reflected in the assessment',
                  },
                  { value: 'other', label: 'Other' },
                ],
              },
              source: source('1.4.2'),
              criterion: '4.1.1',
              appliesWhen: {
                when: 'answer',
                question: '1.4.1',
                in: ['insufficient'],
                source: `${FILE} Introduction, Explanation Questions`,
              },
            },
          ],
        },
        {
          code: '1.20',
          standard: null,
          text: null,
          questions: [
            {
              code: '1.20b',
              text: 'Please summarise the key characteristics of this case that influenced your judgements on the understanding and explanation of reasons for offending, risk of harm to others and safeguarding.',
              kind: 'narrative',
              answers: { type: 'text' },
              guidance:
                'Gives the lead inspector context for the view, including detail whenever "Other" explained an insufficiency.',
              source: source('1.20b'),
            },
          ],
        },
      ],
    },
    {
      code: 'V3',
      name: 'View 3 – Delivery of Interventions (FJI only)',
      standard: null,
      rating: null,
      keyQuestions: [
        {
          code: '3.12',
          standard: null,
          text: null,
          questions: [
            {
              code: '3.12.1',
              text: 'Was there sufficient active and effective management of risk of harm to others throughout the delivery of interventions in this case?',
              kind: 'judgement',
              answers: { type: 'sufficiency', notApplicable: true },
              guidance:
                'Judges whether risk of harm was actively managed during delivery; N/A when the young person posed no risk of harm.',
              source: source('3.12.1'),
              criterion: '2.4',
            },
            {
              code: '3.12.2',
              text: 'Specifically were MAPPA and other multi-agency arrangements effective in the management of risk of harm to others in this case?',
              kind: 'judgement',
              answers: { type: 'sufficiency', notApplicable: true },
              guidance:
                'Judges whether multi-agency risk arrangements made a real difference; N/A when none were required.',
              source: source('3.12.2'),
              criterion: '2.4',
            },
            {
              code: '3.12.3',
              text: 'When ‘other’ is used please indicate the reasons for this in question 3.20',
              kind: 'explanation',
              answers: {
                type: 'reasons',
                options: [
                  {
                    value: 'not_prioritised',
                    label:
                      'The management of risk of harm was given sufficient priority with both planned intervention and necessary interventions delivered to a good quality',
                  },
                  {
                    value: 'victims_not_protected',
                    label:
                      'The management of risk of harm gave sufficient priority to protecting identifiable victims',
                  },
                  {
                    value: 'mappa_ineffective',
                    label: 'Where indicated, engagement with MAPPA was sufficient and effective',
                  },
                  {
                    value: 'forums_ineffective',
                    label: 'Engagement with other multi agency forums was sufficient and effective',
                  },
                  {
                    value: 'review_insufficient',
                    label:
                      'The review of risk of harm management was sufficient with changes to risk of harm recognised and the response appropriate',
                  },
                  {
                    value: 'no_home_visits',
                    label:
                      'Home visits were carried out, where necessary, as part of the active management of risk of harm',
                  },
                  { value: 'other', label: 'Other' },
                ],
              },
              source: source('3.12.3'),
              appliesWhen: {
                when: 'answer',
                question: '3.12.1',
                in: ['insufficient'],
                source: `${FILE} Introduction, Explanation Questions`,
              },
            },
          ],
        },
        {
          code: '3.20',
          standard: null,
          text: null,
          questions: [
            {
              code: '3.20a',
              text: 'Please briefly summarise the key factors that have influenced your judgements in this section.',
              kind: 'narrative',
              answers: { type: 'text' },
              guidance:
                "Gives the lead inspector the context of the view's judgements, not a repeat of the answers.",
              source: source('3.20a'),
            },
          ],
        },
      ],
    },
  ],
} as const;
