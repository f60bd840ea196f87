// The set-up dialog: asks for the business type, says what set-up will create, and runs setupWorkbook once confirmed.
import { BUSINESS_TYPE, type BusinessType } from '../../shared/enums';
import { SETTING_DESCRIPTORS } from '../../shared/settings';
import { SHEETS } from '../../shared/schema';
import type { SheetSchema } from '../../shared/schema/types';
import { namedRange } from './formulas/names';
import { escapeHtml, labels } from './labels';
import type { Lang } from './rpc-contract';

/** What set-up will add: the sheets missing, the Settings' named ranges and the formula columns (kept when already there). */
export interface SetupPlan {
  create: string[];
  namedRanges: { count: number; example: string };
  formulas: { sheet: string; columns: string[] }[];
}

/** `present(schema)`: whether the workbook already has that sheet. */
export function planSetup(present: (schema: SheetSchema) => boolean, lang: Lang): SetupPlan {
  return {
    create: SHEETS.filter((s) => !present(s)).map((s) => s[lang]),
    namedRanges: { count: SETTING_DESCRIPTORS.length, example: namedRange(SETTING_DESCRIPTORS.find((d) => d.key === 'complaint.firstResponseHours')!.key) },
    formulas: SHEETS.map((s) => ({ sheet: s[lang], columns: s.columns.filter((c) => c.computed).map((c) => c[lang]) }))
      .filter((f) => f.columns.length > 0),
  };
}

/** `current`: the business type the workbook's Settings already name, marked so a second set-up keeps it by default. */
export function setupDialogHtml(lang: Lang, current: BusinessType | undefined, plan: SetupPlan): string {
  const t = labels(lang);
  const sep = lang === 'zh' ? '、' : ', ';
  const buttons = BUSINESS_TYPE.map((b) => {
    const mark = b.key === current ? ` aria-pressed="true" class="current"` : '';
    const note = b.key === current ? ` <small>${escapeHtml(t.setupCurrent)}</small>` : '';
    return `<button type="button" data-type="${escapeHtml(b.key)}"${mark}>${escapeHtml(b[lang])}${note}</button>`;
  }).join('\n');
  const of = (sheet: string, columns: string[]): string => (lang === 'zh' ? `${sheet}（${columns.join(sep)}）` : `${sheet} (${columns.join(sep)})`);
  const items = [
    plan.create.length > 0 ? `${t.setupCreated}${lang === 'zh' ? '：' : ': '}${plan.create.join(sep)}` : t.setupNoneToCreate,
    t.setupNamedRanges(plan.namedRanges.count, plan.namedRanges.example),
    `${t.setupFormulas}${lang === 'zh' ? '：' : ': '}${plan.formulas.map((f) => of(f.sheet, f.columns)).join(lang === 'zh' ? '；' : '; ')}`,
    t.setupKeepsData,
  ].map((text) => `<li>${escapeHtml(text)}</li>`).join('\n');
  // JSON in a script: "<" escaped so no text can close the tag.
  const confirmText = JSON.stringify(t.setupConfirm('{type}')).replace(/</g, '\\u003c');
  const names = JSON.stringify(Object.fromEntries(BUSINESS_TYPE.map((b) => [b.key, b[lang]]))).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><base target="_top"><meta charset="utf-8"><title>${escapeHtml(t.titleSetup)}</title>
<style>
body{font:14px/1.5 Arial,"PingFang SC","Microsoft YaHei",sans-serif;margin:16px;color:#202124}
h1{font-size:18px;margin:0 0 8px}h2{font-size:15px;margin:12px 0 4px}
.types{display:grid;grid-template-columns:1fr 1fr;gap:8px;margin:16px 0}
button{min-height:36px;padding:8px 10px;font:inherit;border:1px solid #dadce0;border-radius:4px;background:#fff;color:#202124;cursor:pointer}
button:hover{background:#f1f3f4}button.current{border-color:#1a73e8;border-width:2px}button:disabled{opacity:.5;cursor:default}
button:focus{outline:2px solid #1a73e8;outline-offset:1px}#run{background:#1a73e8;border-color:#1a73e8;color:#fff}
ul{padding-left:20px;margin:4px 0 12px}#out{white-space:pre-wrap}#out.error{color:#c5221f}
</style></head><body><main>
<h1>${escapeHtml(t.titleSetup)}</h1>
<p>${escapeHtml(t.setupIntro)}</p>
<div class="types" role="group" aria-label="${escapeHtml(t.setupTypes)}">
${buttons}
</div>
<section id="confirm" aria-labelledby="confirm-heading" hidden>
<h2 id="confirm-heading" tabindex="-1"></h2>
<ul>
${items}
</ul>
<button type="button" id="run">${escapeHtml(t.setupRun)}</button>
<button type="button" id="back">${escapeHtml(t.setupBack)}</button>
</section>
<p id="out" role="status"></p>
</main>
<script>
var out = document.getElementById('out');
var confirmBox = document.getElementById('confirm');
var heading = document.getElementById('confirm-heading');
var types = document.querySelectorAll('button[data-type]');
var chosen = null;
var NAMES = ${names};
function busy(on) {
  for (var i = 0; i < types.length; i++) types[i].disabled = on;
  document.getElementById('run').disabled = on;
  document.getElementById('back').disabled = on;
}
// Nothing is written on the first click: the person reads what set-up will create and confirms.
for (var i = 0; i < types.length; i++) {
  types[i].addEventListener('click', function (event) {
    chosen = event.currentTarget;
    heading.textContent = ${confirmText}.replace('{type}', NAMES[chosen.getAttribute('data-type')]);
    confirmBox.hidden = false;
    out.textContent = '';
    heading.focus();
  });
}
document.getElementById('back').addEventListener('click', function () {
  confirmBox.hidden = true;
  if (chosen) chosen.focus();
});
document.getElementById('run').addEventListener('click', function () {
  busy(true);
  out.className = '';
  out.textContent = '…';
  google.script.run
    .withSuccessHandler(function (text) { out.textContent = text; confirmBox.hidden = true; busy(false); })
    .withFailureHandler(function (error) { out.className = 'error'; out.textContent = error.message; busy(false); })
    .setupWorkbook(chosen.getAttribute('data-type'));
});
</script>
</body></html>`;
}
