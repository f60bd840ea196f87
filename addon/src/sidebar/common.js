// Every sidebar page: server calls, labels in the page's language, the status line and toast, field errors, the start-up.
// The page's own script declares its labels as `const T = { zh: { key: text }, en: { key: text } }`; the server
// embeds the workbook's language as KEFU_LANG (addon/src/sidebar-page.ts), so the page is never shown in the other one.

// The one place google.script.run is used: each server call becomes a Promise.
function run(name, ...args) {
  return new Promise((resolve, reject) => {
    google.script.run.withSuccessHandler(resolve).withFailureHandler(reject)[name](...args);
  });
}

/** Words every page needs; a page's own T wins over these. */
const COMMON_T = {
  zh: {
    loading: '正在加载…', retry: '重试', goToRow: '在表格中查看',
    kept: '没有保存成功（Google 表格暂时没有响应）。内容已保留，请再点保存。',
    loadFailed: '没能加载（Google 表格暂时没有响应）。请点“重试”。',
    actionFailed: '没有完成（Google 表格暂时没有响应）。请再试一次。',
  },
  en: {
    loading: 'Loading…', retry: 'Try again', goToRow: 'Show in the sheet',
    kept: 'Not saved (Google Sheets did not answer). Your entry is kept — press Save again.',
    loadFailed: 'Could not load (Google Sheets did not answer). Press Try again.',
    actionFailed: 'Not done (Google Sheets did not answer). Please try again.',
  },
};

let lang = typeof KEFU_LANG === 'string' && KEFU_LANG === 'en' ? 'en' : 'zh';
const t = (key, vars = {}) => (T[lang][key] ?? COMMON_T[lang][key] ?? key).replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ''));
const $ = (id) => document.getElementById(id);

/** Relabels the page in `lang`: its language, title, every [data-t] text and every [data-t-aria] label. */
function applyLabels() {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  // A page with several views names the one showing (data-title on <html>), e.g. 今日回访's call form.
  document.title = t(document.documentElement.dataset.title || 'title');
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
  for (const el of document.querySelectorAll('[data-t-aria]')) el.setAttribute('aria-label', t(el.dataset.tAria));
}

/** A button that runs `onClick` once, for a message's action (retry, show the row). */
function actionButton(text, onClick) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'plain';
  button.textContent = text;
  button.addEventListener('click', onClick, { once: true });
  return button;
}

/** Writes a message with an optional action ({ label, run }) into `el`; kind is '', 'ok', 'warn' or 'error'. */
function sayIn(el, text, kind = '', action) {
  el.replaceChildren(text);
  for (const k of ['ok', 'warn', 'error']) el.classList.toggle(k, k === kind);
  if (action) el.append(' ', actionButton(action.label, action.run));
}

/** The status line (#status). */
function say(text, kind = '', action) {
  sayIn($('status'), text, kind, action);
}

/** A message pinned to the bottom of the sidebar, where the eye is however long the page: created on first use. */
function toast(text, kind = 'ok', action) {
  let el = $('toast');
  if (!el) {
    el = document.createElement('div');
    el.id = 'toast';
    el.setAttribute('role', 'status');
    el.setAttribute('aria-live', 'polite');
    (document.querySelector('main') || document.body).append(el);
  }
  sayIn(el, text, kind, action);
}

/**
 * A server call that failed (Apps Script's "Exception: Service Spreadsheets timed out…") becomes plain advice; the raw
 * message goes to the console for whoever supports the shop. A form's save (`retry` given) says the entry is kept;
 * advice 'actionFailed' is for a button's action.
 */
function sayFailed(error, retry, where = $('status'), advice = retry ? 'kept' : 'actionFailed') {
  console.warn(error && error.message ? error.message : String(error));
  sayIn(where, t(advice), 'error', retry ? { label: t('retry'), run: retry } : undefined);
}

/** The first field marked invalid gets the focus, so the person lands on what to fix. */
function focusFirstInvalid() {
  const first = document.querySelector('[aria-invalid="true"]');
  if (first) first.focus();
}

// A field's message goes as soon as the person changes the field; the summary too once no field is marked.
function clearFieldIssue(event) {
  const el = event.target;
  if (!(el instanceof Element) || el.getAttribute('aria-invalid') !== 'true') return;
  el.removeAttribute('aria-invalid');
  const field = el.closest('.field');
  if (field) for (const slot of field.querySelectorAll('.issue')) slot.textContent = '';
  if (!document.querySelector('[aria-invalid="true"]') && $('status').textContent === t('fixIssues')) say('');
}
document.addEventListener('input', clearFieldIssue);
document.addEventListener('change', clearFieldIssue);

/** While the page loads its forms cannot be used: every control disabled and the forms marked busy. */
function lockForms(on) {
  for (const form of document.querySelectorAll('form')) {
    form.setAttribute('aria-busy', String(on));
    for (const el of form.elements) el.disabled = on;
  }
  document.querySelector('main')?.setAttribute('aria-busy', String(on));
}

/**
 * Locks the forms, reads the sidebar context, switches to its language, unlocks and runs ready(ctx). A failed load
 * leaves the forms locked and offers to try again.
 */
async function start(ready) {
  applyLabels();
  lockForms(true);
  say(t('loading'));
  let ctx;
  try {
    ctx = await run('getSidebarContext');
  } catch (error) {
    console.warn(error && error.message ? error.message : String(error));
    say(t('loadFailed'), 'error', { label: t('retry'), run: () => start(ready) });
    return;
  }
  if ((ctx.lang === 'en' ? 'en' : 'zh') !== lang) {
    lang = ctx.lang === 'en' ? 'en' : 'zh';
    applyLabels();
  }
  lockForms(false);
  say('');
  try {
    await ready(ctx);
  } catch (error) {
    sayFailed(error);
  }
}
