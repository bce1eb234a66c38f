// The case form with JavaScript: questions appear and disappear as the assessor answers, by the domain's own
// rule (/static/case-rules.mjs is packages/domain's applicableQuestions, bundled). A hidden question's
// fields are disabled, so a save neither sends nor clears its answer. Without this file the next save does
// the same on the server.
/* global document, fetch */
import { applicableQuestions } from '/static/case-rules.mjs';

const rules = JSON.parse(document.getElementById('case-rules').textContent);
const response = await fetch(`/static/frameworks/${encodeURIComponent(rules.frameworkId)}.json`);
if (response.ok) {
  const framework = await response.json();
  const form = document.getElementById('case-rules').closest('form');
  const questions = [...form.querySelectorAll('[data-question]')];

  /** A question's answer as the rules take it: a grid's rows, a radio's value, the boxes ticked, or the text. */
  const answerOf = (question) => {
    const code = question.dataset.question;
    const ticked = [...question.querySelectorAll('input:checked')];
    // A grid: one group of radios per row, each named "q.<code>:<row>".
    if (question.querySelector(`input[name^="q.${code}:"]`)) {
      const rows = ticked.map((input) => [input.name.slice(`q.${code}:`.length), input.value]);
      return rows.length ? Object.fromEntries(rows) : undefined;
    }
    const values = ticked.map((input) => input.value);
    if (question.querySelector('input[type="checkbox"]')) return values.length ? values : undefined;
    const text = question.querySelector('textarea, input.govuk-input')?.value.trim();
    return values[0] ?? (text || undefined);
  };
  const chosen = (name) => form.querySelector(`input[name="${name}"]:checked`)?.value;

  const apply = () => {
    const answers = {};
    for (const question of questions) {
      const answer = answerOf(question);
      if (answer !== undefined) answers[question.dataset.question] = answer;
    }
    const [home, assessed] = [chosen('careHome'), chosen('careAssessed')];
    const context = {
      ...rules.context,
      inspectorClassification: {
        ...(chosen('safetyWellbeing') ? { safetyWellbeing: chosen('safetyWellbeing') } : {}),
        ...(chosen('riskOfHarm') ? { riskOfHarm: chosen('riskOfHarm') } : {}),
      },
      ...(home && assessed
        ? { careExperience: { inspectedYjsIsHome: home === 'yes', inspectedYjsAssessed: assessed === 'yes' } }
        : {}),
    };
    const applying = new Set(applicableQuestions(framework, context, answers).map(({ code }) => code));
    for (const question of questions) {
      const applies = applying.has(question.dataset.question);
      question.hidden = !applies;
      question.disabled = !applies;
    }
    for (const group of form.querySelectorAll('[data-key-question], [data-section]'))
      group.hidden = !group.querySelector('[data-question]:not([hidden])');
  };
  form.addEventListener('change', apply);
  form.addEventListener('input', apply);
  apply();
}
