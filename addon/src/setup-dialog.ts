// The small dialog that asks for the business type and runs setupWorkbook through google.script.run.
import { BUSINESS_TYPE } from '../../shared/enums';
import { escapeHtml, labels } from './labels';
import type { Lang } from './rpc-contract';

export function setupDialogHtml(lang: Lang): string {
  const t = labels(lang);
  const buttons = BUSINESS_TYPE.map((b) =>
    `<button type="button" data-type="${escapeHtml(b.key)}">${escapeHtml(b[lang])}</button>`).join('\n');
  return `<!DOCTYPE html>
<html><head><base target="_top"><meta charset="utf-8">
<style>
body{font:14px/1.5 Arial,"PingFang SC","Microsoft YaHei",sans-serif;margin:16px;color:#202124}
.types{display:grid;grid-template-columns:1fr 1fr;gap:8px;margin:16px 0}
button{padding:10px;font:inherit;border:1px solid #dadce0;border-radius:4px;background:#fff;cursor:pointer}
button:hover{background:#f1f3f4}button:disabled{opacity:.5;cursor:default}
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
