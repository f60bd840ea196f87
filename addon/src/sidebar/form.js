// The form sidebars (log-call, complaint): issues shown by their fields, and the customer search.
// The page's own script declares `const FIELDS`: the fields that have an input and an #issue-<field> slot.

const inputOf = (field) => (field === 'customerId' ? $('customer-search') : $(field));

function clearIssues() {
  for (const field of FIELDS) {
    $('issue-' + field).textContent = '';
    inputOf(field).removeAttribute('aria-invalid');
  }
}

/** Issues about a field go next to it; the rest go to the status line. */
function showIssues(issues) {
  const general = [];
  for (const issue of issues) {
    if (!FIELDS.includes(issue.field)) { general.push(issue.message); continue; }
    const slot = $('issue-' + issue.field);
    slot.textContent = slot.textContent ? slot.textContent + ' ' + issue.message : issue.message;
    inputOf(issue.field).setAttribute('aria-invalid', 'true');
  }
  say(general.length ? general.join(' ') : t('fixIssues'), 'error');
  focusFirstInvalid();
}

// The customer picked from the search, or null.
let picked = null;

function unpick() {
  picked = null;
  $('customer-picked').hidden = true;
}

/**
 * Wires #customer-search (debounced, and only the latest answer is shown), its results and its change button;
 * describe(match) is a result's text, onPick(match) runs after a pick.
 */
function customerSearch(describe, onPick = () => {}) {
  let searchTimer = 0;
  let searchSeq = 0;

  function showResults(matches) {
    const list = $('customer-results');
    list.replaceChildren();
    if (matches.length === 0) { say(t('noMatch')); return; }
    say('');
    for (const m of matches) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = describe(m);
      button.addEventListener('click', () => pick(m));
      const item = document.createElement('li');
      item.append(button);
      list.append(item);
    }
  }

  function pick(match) {
    picked = match;
    $('customer-results').replaceChildren();
    $('customer-search').value = match.name;
    $('customer-picked-text').textContent = `${match.name} · ${match.phone} (${match.id})`;
    $('customer-picked').hidden = false;
    onPick(match);
  }

  $('customer-search').addEventListener('input', () => {
    unpick();
    clearTimeout(searchTimer);
    const query = $('customer-search').value.trim();
    if (!query) { $('customer-results').replaceChildren(); return; }
    searchTimer = setTimeout(async () => {
      const seq = ++searchSeq;
      say(t('searching'));
      try {
        const matches = await run('searchCustomers', query);
        if (seq === searchSeq) showResults(matches);
      } catch (error) {
        if (seq === searchSeq) sayFailed(error);
      }
    }, 300);
  });

  $('customer-change').addEventListener('click', () => {
    unpick();
    $('customer-search').value = '';
    $('customer-search').focus();
  });
}
