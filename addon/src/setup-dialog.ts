// The small dialog that asks for the business type and runs setupWorkbook through google.script.run.
import { BUSINESS_TYPE, type BusinessType } from '../../shared/enums';
import { escapeHtml, labels } from './labels';
import type { Lang } from './rpc-contract';

/** `current`: the business type the workbook's Settings already name, marked so a second set-up keeps it by default. */
export function setupDialogHtml(lang: Lang, current?: BusinessType): string {
  const t = labels(lang);
  const buttons = BUSINESS_TYPE.map((b) => {
    const mark = b.key === current ? ` aria-pressed="true" class="current"` : '';
    const note = b.key === current ? ` <small>${escapeHtml(t.setupCurrent)}</small>` : '';
    return `<button type="button" data-type="${escapeHtml(b.key)}"${mark}>${escapeHtml(b[lang])}${note}</button>`;
  }).join('\n');
  return `<!DOCTYPE html>
<html><head><base target="_top"><meta charset="utf-8">
<style>
body{font:14px/1.5 Arial,"PingFang SC","Microsoft YaHei",sans-serif;margin:16px;color:#202124}
.types{display:grid;grid-template-columns:1fr 1fr;gap:8px;margin:16px 0}
button{padding:10px;font:inherit;border:1px solid #dadce0;border-radius:4px;background:#fff;cursor:pointer}
button:hover{background:#f1f3f4}button.current{border-color:#1a73e8;border-width:2px}button:disabled{opacity:.5;cursor:default}
#out{white-space:pre-wrap}#out.error{color:#c5221f}
</style></head><body>
<p>${escapeHtml(t.setupIntro)}</p>
<div class="types">
${buttons}
</div>
<p id="out" role="status"></p>
<script>
var out = document.getElementById('out');
var buttons = document.querySelectorAll('button[data-type]');
function busy(on) { for (var i = 0; i < buttons.length; i++) buttons[i].disabled = on; }
for (var i = 0; i < buttons.length; i++) {
  buttons[i].addEventListener('click', function (event) {
    busy(true);
    out.className = '';
    out.textContent = '…';
    google.script.run
      .withSuccessHandler(function (text) { out.textContent = text; busy(false); })
      .withFailureHandler(function (error) { out.className = 'error'; out.textContent = error.message; busy(false); })
      .setupWorkbook(event.currentTarget.getAttribute('data-type'));
  });
}
</script>
</body></html>`;
}
