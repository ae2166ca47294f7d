namespace EditorialLint.Cli.Serve;

/// <summary>The editor page's script: check, underline, list by category, apply fixes.</summary>
internal static partial class EditorPage
{
    private const string Script = """
        'use strict';
        (() => {
          const $ = (id) => document.getElementById(id);
          const text = $('text');
          const backdrop = $('backdrop');
          const highlights = $('highlights');
          const groups = $('groups');
          const statusLine = $('status');
          const summary = $('summary');
          const count = $('count');
          const checkButton = $('check');
          const format = $('format');
          const popover = $('popover');
          const categories = ['scraper-artifact', 'official-name', 'machine-translation', 'truncation', 'punctuation', 'consistency', 'style'];
          const rank = { error: 2, warning: 1, suggestion: 0 };

          // Each finding keeps the diagnostic as the server sent it and where its span is now,
          // since typing after a check moves the text under it.
          let findings = [];
          let lastValue = text.value;
          let checks = 0;
          let busy = false;
          let again = false;
          let pinned = null;

          const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
          const worst = (list) => list.reduce((w, f) => (rank[f.d.severity] > rank[w] ? f.d.severity : w), 'suggestion');
          const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

          function setStatus(message, kind) {
            statusLine.textContent = message;
            statusLine.className = 'status' + (kind ? ' ' + kind : '');
          }

          async function check() {
            if (busy) { again = true; return; }
            busy = true;
            checkButton.disabled = true;
            setStatus('Checking…');
            const body = text.value;
            const started = performance.now();
            try {
              const response = await fetch('/v1/lint', {
                method: 'POST',
                headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({ id: 'editor', body, format: format.value }),
              });
              const payload = await response.json().catch(() => null);
              if (!response.ok) {
                setStatus(payload && payload.detail ? payload.detail : `The server answered ${response.status}.`, 'error');
                return;
              }
              if (text.value !== body) { again = true; return; }
              const diagnostics = payload.diagnostics.filter((d) => d.field === 'body');
              findings = diagnostics.map((d, key) => ({ key, d, offset: d.offset, length: d.length }));
              hidePopover(true);
              render();
              const ms = Math.round(performance.now() - started);
              const by = (s) => diagnostics.filter((d) => d.severity === s).length;
              summary.textContent = diagnostics.length === 0
                ? 'No findings: the article passes.'
                : `${plural(by('error'), 'error')} · ${plural(by('warning'), 'warning')} · ${plural(by('suggestion'), 'suggestion')} — verdict: ${payload.verdict}`;
              setStatus(`Checked in ${ms} ms.`);
              checks++;
              document.body.dataset.checks = String(checks);
              document.body.dataset.verdict = payload.verdict;
            } catch (e) {
              setStatus('Could not reach the server: ' + e.message, 'error');
            } finally {
              busy = false;
              checkButton.disabled = false;
              if (again) { again = false; check(); }
            }
          }

          function render() {
            renderHighlights();
            renderList();
            count.textContent = findings.length ? String(findings.length) : '';
          }

          // The backdrop holds the same text as the textarea, transparent, with each finding's span
          // wrapped in a mark; overlapping findings split the text where any of them starts or ends.
          function renderHighlights() {
            const value = text.value;
            const cuts = new Set([0, value.length]);
            const points = new Map();
            for (const f of findings) {
              cuts.add(f.offset);
              cuts.add(f.offset + f.length);
              if (f.length === 0) points.set(f.offset, [...(points.get(f.offset) || []), f]);
            }
            const sorted = [...cuts].sort((a, b) => a - b);
            let html = '';
            for (let i = 0; i < sorted.length; i++) {
              const at = sorted[i];
              const here = points.get(at);
              if (here) html += `<span class="point sev-${worst(here)}" data-keys="${here.map((f) => f.key).join(' ')}"></span>`;
              if (i + 1 === sorted.length) break;
              const next = sorted[i + 1];
              const slice = escapeHtml(value.slice(at, next));
              const over = findings.filter((f) => f.length > 0 && f.offset <= at && f.offset + f.length >= next);
              html += over.length === 0
                ? slice
                : `<mark class="sev-${worst(over)}" data-keys="${over.map((f) => f.key).join(' ')}" data-rules="${over.map((f) => f.d.ruleId).join(' ')}">${slice}</mark>`;
            }
            // A final newline only takes up a line when something follows it.
            highlights.innerHTML = html + ' ';
            syncScroll();
          }

          function renderList() {
            const grouped = new Map();
            for (const f of findings) {
              const c = f.d.category;
              if (!grouped.has(c)) grouped.set(c, []);
              grouped.get(c).push(f);
            }
            const order = [...categories, ...[...grouped.keys()].filter((c) => !categories.includes(c))];
            let html = '';
            for (const category of order) {
              const list = grouped.get(category);
              if (!list) continue;
              html += `<section class="group" data-category="${escapeHtml(category)}"><h3><span>${escapeHtml(category)}</span><span class="count">${list.length}</span></h3><ol>`;
              for (const f of list) html += `<li>${findingHtml(f, 'finding')}</li>`;
              html += '</ol></section>';
            }
            groups.innerHTML = html;
          }

          function position(offset) {
            const before = text.value.slice(0, offset);
            const line = before.split('\n').length;
            return `${line}:${offset - before.lastIndexOf('\n')}`;
          }

          function fixLabel(f) {
            const fixes = f.d.fixes;
            if (fixes.length !== 1) return `Apply fix (${fixes.length} edits)`;
            const replaced = text.value.substr(f.offset - f.d.offset + fixes[0].offset, fixes[0].length);
            if (fixes[0].replacement === '') return `Fix: delete “${replaced.trim() || 'space'}”`;
            return `Fix: “${replaced}” → “${fixes[0].replacement}”`;
          }

          function findingHtml(f, cls) {
            const d = f.d;
            const inList = cls === 'finding';
            const fix = d.fixes.length ? `<button type="button" class="fix" data-fix="${f.key}">${escapeHtml(fixLabel(f))}</button>` : '';
            const quote = f.length ? `<div class="quote">“${escapeHtml(text.value.substr(f.offset, f.length))}”</div>` : '';
            return `<div class="${cls} sev-${d.severity}" data-key="${f.key}">` +
              (inList ? `<button type="button" class="goto" data-goto="${f.key}">` : '<div class="goto">') +
              `<div class="meta"><span class="sev sev-${d.severity}">${d.severity}</span><span class="rule">${escapeHtml(d.ruleId)}</span><span>${position(f.offset)}</span></div>` +
              `<div class="message">${escapeHtml(d.message)}</div>${quote}${inList ? '</button>' : '</div>'}${fix}</div>`;
          }

          // Typing moves the findings after the edit and drops those it touched.
          function onInput() {
            const now = text.value;
            const old = lastValue;
            lastValue = now;
            let start = 0;
            const shortest = Math.min(old.length, now.length);
            while (start < shortest && old.charCodeAt(start) === now.charCodeAt(start)) start++;
            let tail = 0;
            while (tail < shortest - start && old.charCodeAt(old.length - 1 - tail) === now.charCodeAt(now.length - 1 - tail)) tail++;
            const oldEnd = old.length - tail;
            const delta = now.length - old.length;
            findings = findings.filter((f) => {
              if (f.offset + f.length <= start && !(f.length === 0 && f.offset === start && oldEnd > start)) return true;
              if (f.offset >= oldEnd) { f.offset += delta; return true; }
              return false;
            });
            hidePopover(true);
            render();
            if (checks) setStatus('Edited since the last check; press Check again.');
          }

          // setRangeText replaces exactly the span; execCommand('insertText') lets the browser move
          // spaces around a replaced word, which would change copy the fix did not mean to touch.
          function replaceRange(start, end, replacement) {
            text.setRangeText(replacement, start, end, 'end');
            onInput();
          }

          function applyFix(key) {
            const f = findings.find((x) => x.key === key);
            if (!f || f.d.fixes.length === 0) return;
            const shift = f.offset - f.d.offset;
            const edits = f.d.fixes
              .map((x) => ({ start: x.offset + shift, end: x.offset + shift + x.length, replacement: x.replacement }))
              .sort((a, b) => b.start - a.start);
            for (const e of edits) replaceRange(e.start, e.end, e.replacement);
            text.focus();
            hidePopover(true);
            check();
          }

          function marksOf(key) {
            return [...highlights.querySelectorAll('[data-keys]')].filter((m) => m.dataset.keys.split(' ').includes(String(key)));
          }

          function highlight(keys) {
            for (const m of highlights.querySelectorAll('mark.active')) m.classList.remove('active');
            for (const el of groups.querySelectorAll('.finding.active')) el.classList.remove('active');
            for (const key of keys) {
              for (const m of marksOf(key)) m.classList.add('active');
              const item = groups.querySelector(`.finding[data-key="${key}"]`);
              if (item) item.classList.add('active');
            }
          }

          let shown = null;

          function showPopover(keys, anchor, pin) {
            const list = keys.map((k) => findings.find((f) => f.key === k)).filter(Boolean);
            if (list.length === 0 || !anchor) { hidePopover(pin); return; }
            popover.innerHTML = list.map((f) => findingHtml(f, 'item')).join('');
            popover.hidden = false;
            shown = keys;
            pinned = pin ? keys : pinned;
            placePopover(anchor);
            highlight(keys);
          }

          // Below the underline, or above it when there is no room; hidden once it scrolls out of the editor.
          function placePopover(anchor) {
            const rect = anchor.getBoundingClientRect();
            const box = text.getBoundingClientRect();
            if (rect.bottom < box.top || rect.top > box.bottom) { hidePopover(true); return; }
            const width = popover.offsetWidth;
            const height = popover.offsetHeight;
            const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
            const below = rect.bottom + 8;
            popover.style.left = `${left}px`;
            popover.style.top = `${below + height > window.innerHeight ? Math.max(8, rect.top - height - 8) : below}px`;
          }

          function hidePopover(force) {
            if (pinned && !force) return;
            pinned = null;
            shown = null;
            popover.hidden = true;
            highlight([]);
          }

          function reveal(key) {
            const f = findings.find((x) => x.key === key);
            if (!f) return;
            text.focus();
            text.setSelectionRange(f.offset, f.offset + f.length);
            const mark = marksOf(key)[0];
            if (mark) {
              text.scrollTop = Math.max(0, mark.offsetTop - text.clientHeight / 3);
              syncScroll();
              showPopover([key], mark, true);
            }
          }

          function keysAtCaret() {
            if (text.selectionStart !== text.selectionEnd) return [];
            const at = text.selectionStart;
            return findings.filter((f) => f.offset <= at && at <= f.offset + f.length).map((f) => f.key);
          }

          function keysAtPoint(x, y) {
            for (const el of highlights.querySelectorAll('[data-keys]')) {
              for (const r of el.getClientRects()) {
                if (x >= r.left - 2 && x <= r.right + 2 && y >= r.top && y <= r.bottom + 4) return { keys: el.dataset.keys.split(' ').map(Number), el };
              }
            }
            return null;
          }

          function syncScroll() {
            backdrop.scrollTop = text.scrollTop;
            backdrop.scrollLeft = text.scrollLeft;
          }

          text.addEventListener('input', onInput);
          text.addEventListener('scroll', () => {
            syncScroll();
            const anchor = shown && marksOf(shown[0])[0];
            if (anchor) placePopover(anchor); else hidePopover(true);
          });
          let hoverFrame = 0;
          text.addEventListener('mousemove', (e) => {
            if (hoverFrame) return;
            hoverFrame = requestAnimationFrame(() => {
              hoverFrame = 0;
              const hit = keysAtPoint(e.clientX, e.clientY);
              if (hit) { if (!pinned) showPopover(hit.keys, hit.el, false); } else hidePopover(false);
            });
          });
          text.addEventListener('mouseleave', () => hidePopover(false));
          const caretMoved = () => {
            const keys = keysAtCaret();
            if (keys.length) showPopover(keys, marksOf(keys[0])[0], true);
            else hidePopover(true);
          };
          text.addEventListener('click', caretMoved);
          text.addEventListener('keyup', (e) => { if (e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End') caretMoved(); });
          document.addEventListener('click', (e) => {
            const fix = e.target.closest('[data-fix]');
            if (fix) { applyFix(Number(fix.dataset.fix)); return; }
            const go = e.target.closest('[data-goto]');
            if (go && groups.contains(go)) { reveal(Number(go.dataset.goto)); return; }
            if (!popover.contains(e.target) && e.target !== text) hidePopover(true);
          });
          document.addEventListener('keydown', (e) => {
            if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); check(); }
            else if (e.key === 'Escape') hidePopover(true);
          });
          checkButton.addEventListener('click', check);
          window.addEventListener('resize', () => hidePopover(true));

          fetch('/healthz').then((r) => r.json()).then((h) => {
            $('rules-info').textContent = `${h.rules} rules loaded` + (h.status === 'ok' ? '' : ' — the last rule change did not compile');
          }).catch(() => {});
        })();
        """;
}
