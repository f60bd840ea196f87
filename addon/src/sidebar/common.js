// Every sidebar page: server calls, labels in the page's language, the status line and the start-up.
// The page's own script declares its labels as `const T = { zh: { key: text }, en: { key: text } }`.

// The one place google.script.run is used: each server call becomes a Promise.
function run(name, ...args) {
  return new Promise((resolve, reject) => {
    google.script.run.withSuccessHandler(resolve).withFailureHandler(reject)[name](...args);
  });
}

let lang = 'zh';
const t = (key, vars = {}) => (T[lang][key] ?? key).replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ''));
const $ = (id) => document.getElementById(id);

/** Relabels the page in `lang`: its language, title, every [data-t] text and every [data-t-aria] label. */
function applyLabels() {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t('title');
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
  for (const el of document.querySelectorAll('[data-t-aria]')) el.setAttribute('aria-label', t(el.dataset.tAria));
}

/** The status line (#status): kind is '', 'ok', 'warn' or 'error'. */
function say(text, kind = '') {
  $('status').textContent = text;
  $('status').className = kind;
}

function sayFailed(error) {
  say(t('failed', { message: error.message || error }), 'error');
}

/** Reads the sidebar context, switches the page to its language, then runs ready(ctx); a failure goes to the status line. */
async function start(ready) {
  try {
    const ctx = await run('getSidebarContext');
    lang = ctx.lang === 'en' ? 'en' : 'zh';
    applyLabels();
    await ready(ctx);
  } catch (error) {
    sayFailed(error);
  }
}
