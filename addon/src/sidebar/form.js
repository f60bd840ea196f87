// The form sidebars (log-call, complaint): issues shown by their fields, the customer combobox, Ctrl/⌘+Enter to save.
// The page's own script declares `const FIELDS`: the fields that have an input and an #issue-<field> slot.

// The combobox's own words, so every page with a customer search has them.
const SEARCH_T = {
  zh: { found: '找到 {n} 位客户', noMatch: '没有找到客户', searching: '正在搜索…', newCustomerOption: '＋ 新建客户“{query}”' },
  en: { found: 'Customers found: {n}', noMatch: 'No customer found', searching: 'Searching…', newCustomerOption: '+ New customer "{query}"' },
};
const ts = (key, vars = {}) => SEARCH_T[lang][key].replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ''));

const inputOf = (field) => (field === 'customerId' ? $('customer-search') : $(field));

function clearIssues() {
  for (const field of FIELDS) {
    $('issue-' + field).textContent = '';
    inputOf(field).removeAttribute('aria-invalid');
  }
}

/** Issues about a field go next to it (a folded field's section opens); the rest go to the status line. */
function showIssues(issues) {
  const general = [];
  for (const issue of issues) {
    if (!FIELDS.includes(issue.field)) { general.push(issue.message); continue; }
    const slot = $('issue-' + issue.field);
    slot.textContent = slot.textContent ? slot.textContent + ' ' + issue.message : issue.message;
    inputOf(issue.field).setAttribute('aria-invalid', 'true');
    const folded = inputOf(issue.field).closest('details');
    if (folded) folded.open = true;
  }
  say(general.length ? general.join(' ') : t('fixIssues'), 'error');
  focusFirstInvalid();
}

/** Ctrl+Enter (⌘+Enter on a Mac) anywhere in the form saves it, as in mail and chat tools. */
function saveOnCtrlEnter(form) {
  form.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.isComposing) return;
    event.preventDefault();
    form.requestSubmit();
  });
}

// The customer picked from the search, or null.
let picked = null;

function unpick() {
  picked = null;
  $('customer-picked').hidden = true;
}

/** Shows `match` ({ id, name, phone }) as the picked customer. */
function showPicked(match) {
  picked = match;
  $('customer-search').value = match.name;
  $('customer-picked-text').textContent = `${match.name} · ${match.phone} (${match.id})`;
  $('customer-picked').hidden = false;
}

/**
 * Wires #customer-search as an ARIA 1.2 combobox over the #customer-results listbox: debounced search (only the latest
 * answer is shown, nothing while an IME is composing), ↑↓ move, Enter picks (never submits), Escape closes, the count
 * announced politely. describe(match) is an option's text, onPick(match) runs after a pick; onCreate(query), when
 * given, is offered as the only option when nothing matches (新建客户).
 * Returns { pick, close } for the page.
 */
function customerSearch(describe, onPick = () => {}, onCreate = undefined) {
  const input = $('customer-search');
  const list = $('customer-results');
  let count = $('customer-count');
  if (!count) {
    count = document.createElement('p');
    count.id = 'customer-count';
    count.className = 'hint';
    list.after(count);
  }
  count.setAttribute('aria-live', 'polite');
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', 'customer-results');
  list.setAttribute('role', 'listbox');

  let options = []; // matches, or [{ create: query }]
  let active = -1;
  let composing = false;
  let searchTimer = 0;
  let searchSeq = 0;
  let pickWhenOne = false; // Enter came before the answer: pick it if it is the only one

  function setActive(i) {
    active = i;
    [...list.children].forEach((li, n) => li.setAttribute('aria-selected', String(n === i)));
    if (i < 0) { input.removeAttribute('aria-activedescendant'); return; }
    input.setAttribute('aria-activedescendant', list.children[i].id);
    list.children[i].scrollIntoView({ block: 'nearest' });
  }

  function close() {
    options = [];
    list.replaceChildren();
    setActive(-1);
    input.setAttribute('aria-expanded', 'false');
  }

  function show(matches, query) {
    options = matches.length === 0 && onCreate ? [{ create: query }] : matches;
    list.replaceChildren(...options.map((option, i) => {
      const li = document.createElement('li');
      li.id = 'customer-option-' + i;
      li.setAttribute('role', 'option');
      li.textContent = option.create ? ts('newCustomerOption', { query }) : describe(option);
      if (option.create) li.className = 'create';
      // Keeps the focus in the search box, so the combobox stays the one place the keyboard is.
      li.addEventListener('mousedown', (event) => event.preventDefault());
      li.addEventListener('click', () => choose(option));
      return li;
    }));
    setActive(-1);
    input.setAttribute('aria-expanded', String(options.length > 0));
    count.textContent = matches.length ? ts('found', { n: matches.length }) : ts('noMatch');
    if (pickWhenOne && options.length === 1) choose(options[0]);
    pickWhenOne = false;
  }

  function choose(option) {
    close();
    count.textContent = '';
    if (option.create) { onCreate(option.create); return; }
    pick(option);
  }

  function pick(match) {
    showPicked(match);
    onPick(match);
  }

  function search(delay) {
    clearTimeout(searchTimer);
    const query = input.value.trim();
    if (!query) { close(); count.textContent = ''; return; }
    searchTimer = setTimeout(async () => {
      const seq = ++searchSeq;
      count.textContent = ts('searching');
      try {
        const matches = await run('searchCustomers', query);
        if (seq === searchSeq) show(matches, query);
      } catch (error) {
        if (seq === searchSeq) { count.textContent = ''; sayFailed(error); }
      }
    }, delay);
  }

  // 拼音: nothing is searched while the IME composes; the committed text (王, not wang) is.
  input.addEventListener('compositionstart', () => { composing = true; clearTimeout(searchTimer); });
  input.addEventListener('compositionend', () => { composing = false; unpick(); search(300); });
  input.addEventListener('input', (event) => {
    unpick();
    if (composing || event.isComposing) return;
    search(300);
  });
  input.addEventListener('keydown', (event) => {
    if (composing || event.isComposing || event.keyCode === 229) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      if (active >= 0) choose(options[active]);
      else if (options.length === 1) choose(options[0]);
      else if (options.length === 0 && input.value.trim() && !picked) { pickWhenOne = true; search(0); }
    } else if (event.key === 'Escape' && options.length > 0) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', close);

  $('customer-change').addEventListener('click', () => {
    unpick();
    input.value = '';
    input.focus();
  });
  return { pick, close };
}
