// The case form with JavaScript: questions appear and disappear as the assessor answers, by the domain's own
// rule (/static/case-rules.mjs is packages/domain's applicableQuestions, bundled). A hidden question's
// fields are disabled, so a save neither sends nor clears its answer. Without this file the next save does
// the same on the server.
// The form holds every question of its framework (a 2016 case, nearly two hundred), and the rules run on
// each answer: so the questions and their controls are found once, each answer is read from them without
// asking the page again, and only a question or group whose state changes is touched (each change makes
// the browser lay out the page again).
/* global document, fetch */
import { applicableQuestions } from '/static/case-rules.mjs';

/** How a question is answered, from its controls: a grid's rows, boxes, one radio, or text. */
function indexQuestion(element) {
  const code = element.dataset.question;
  const inputs = [...element.querySelectorAll('input')];
  const choices = inputs.filter((input) => input.type === 'radio' || input.type === 'checkbox');
  // A grid: one group of radios per row, each named "q.<code>:<row>".
  const rowPrefix = `q.${code}:`;
  const kind = choices.some((input) => input.name.startsWith(rowPrefix))
    ? 'grid'
    : choices.some((input) => input.type === 'checkbox')
      ? 'boxes'
      : 'one';
  const text = element.querySelector('textarea, input.govuk-input');
  return { element, code, kind, rowPrefix, choices, text, shown: !element.hidden };
}

/** A question's answer as the rules take it: a grid's rows, the boxes ticked, a radio's value, or the text. */
function answerOf({ kind, rowPrefix, choices, text }) {
  const ticked = choices.filter((input) => input.checked);
  if (kind === 'grid') {
    const rows = ticked.map((input) => [input.name.slice(rowPrefix.length), input.value]);
    return rows.length ? Object.fromEntries(rows) : undefined;
  }
  const values = ticked.map((input) => input.value);
  if (kind === 'boxes') return values.length ? values : undefined;
  return values[0] ?? (text?.value.trim() || undefined);
}

const rules = JSON.parse(document.getElementById('case-rules').textContent);
const response = await fetch(`/static/frameworks/${encodeURIComponent(rules.frameworkId)}.json`);
if (response.ok) {
  const framework = await response.json();
  const form = document.getElementById('case-rules').closest('form');
  const questions = [...form.querySelectorAll('[data-question]')].map(indexQuestion);
  // Each key question and section with the questions it holds, shown while any of them is.
  const groups = [...form.querySelectorAll('[data-key-question], [data-section]')].map((element) => ({
    element,
    questions: questions.filter(({ element: question }) => element.contains(question)),
  }));
  const radiosOf = (name) => [...form.querySelectorAll(`input[name="${name}"]`)];
  const classifications = ['safetyWellbeing', 'riskOfHarm', 'careHome', 'careAssessed'].map((name) => [
    name,
    radiosOf(name),
  ]);

  const apply = () => {
    const answers = {};
    for (const question of questions) {
      const answer = answerOf(question);
      if (answer !== undefined) answers[question.code] = answer;
    }
    const chosen = Object.fromEntries(
      classifications.map(([name, radios]) => [name, radios.find((radio) => radio.checked)?.value]),
    );
    const { safetyWellbeing, riskOfHarm, careHome, careAssessed } = chosen;
    const context = {
      ...rules.context,
      inspectorClassification: {
        ...(safetyWellbeing ? { safetyWellbeing } : {}),
        ...(riskOfHarm ? { riskOfHarm } : {}),
      },
      ...(careHome && careAssessed
        ? {
            careExperience: {
              inspectedYjsIsHome: careHome === 'yes',
              inspectedYjsAssessed: careAssessed === 'yes',
            },
          }
        : {}),
    };
    const applying = new Set(applicableQuestions(framework, context, answers).map(({ code }) => code));
    for (const question of questions) {
      const applies = applying.has(question.code);
      if (applies === question.shown) continue;
      question.shown = applies;
      question.element.hidden = !applies;
      question.element.disabled = !applies;
    }
    for (const group of groups) {
      const hidden = !group.questions.some(({ shown }) => shown);
      if (group.element.hidden !== hidden) group.element.hidden = hidden;
    }
  };
  // Every control says "input" as it changes (a radio or box as it is ticked, text as it is typed); "change"
  // would say it again, and the rules would run twice for one answer.
  form.addEventListener('input', apply);
  apply();
}
