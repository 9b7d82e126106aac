'use strict';
// The batch page of the dashboard (#/batch/<id>): the progress of a multi-file or ZIP upload, live over
// Server-Sent Events (/batches/<id>/stream), its findings summary, its documents and its exports. Uses el, getJson,
// status and SEV of dashboard.js.

let batchSource = null;

function batchCounts(box, p) {
  const size = p.size ?? '?';
  const finished = p.audited + p.failed;
  const bar = box.querySelector('progress');
  bar.max = p.size || Math.max(p.received, 1);
  bar.value = finished;
  box.dataset.done = String(p.done);
  for (const k of ['received', 'parsed', 'audited', 'failed']) {
    box.querySelector('[data-testid=batch-' + k + ']').textContent = p[k] + ' / ' + size;
  }
  box.querySelector('[data-testid=batch-state]').textContent = p.done
    ? '已完成 done' : '处理中 in progress (' + finished + ' / ' + size + ')';
  const f = p.findings || {};
  box.querySelector('[data-testid=batch-findings]').textContent =
    '错误 Errors: ' + (f.error || 0) + ' · 警告 Warnings: ' + (f.warning || 0) + ' · 提示 Infos: ' + (f.info || 0);
}

function batchDocuments(p) {
  const t = el('table', { 'data-testid': 'batch-documents' });
  t.append(el('tr', {}, ...['文件 File', '机关 Agency', '年度 Year', '状态 Status', '错误 Errors', '警告 Warnings', '原因 Reason']
    .map(h => el('th', {}, h))));
  for (const d of p.documents) {
    t.append(el('tr', { 'data-id': d.documentId },
      el('td', {}, el('a', { href: '#/report/' + d.documentId }, d.fileName || d.documentId.slice(0, 12))),
      el('td', {}, d.agency || ''), el('td', { class: 'num' }, d.year ?? ''), el('td', {}, status(d.status)),
      el('td', { class: 'num' }, d.errors ?? ''), el('td', { class: 'num' }, d.warnings ?? ''),
      el('td', {}, d.reason || '')));
  }
  return t;
}

function batchRules(p) {
  const t = el('table', { 'data-testid': 'batch-rules' });
  t.append(el('tr', {}, el('th', {}, '规则 Rule'), el('th', {}, '级别 Severity'), el('th', {}, '问题 Findings'), el('th', {}, '报告 Reports')));
  for (const r of p.byRule) {
    t.append(el('tr', {}, el('td', {}, r.ruleId), el('td', { class: 'sev sev-' + r.severity }, SEV[r.severity] || r.severity),
      el('td', { class: 'num' }, r.findings), el('td', { class: 'num' }, r.documents)));
  }
  return t;
}

async function batchPage(id) {
  if (batchSource) { batchSource.close(); batchSource = null; }
  const p = await getJson('/batches/' + id);
  const cell = k => el('td', { 'data-testid': 'batch-' + k });
  const box = el('div', { class: 'card', 'data-testid': 'batch-progress' },
    el('progress', { max: '1', value: '0' }), ' ', el('span', { 'data-testid': 'batch-state' }),
    el('table', {},
      el('tr', {}, el('th', {}, '已接收 Received'), el('th', {}, '已解析 Parsed'), el('th', {}, '已审核 Audited'), el('th', {}, '失败 Failed')),
      el('tr', {}, cell('received'), cell('parsed'), cell('audited'), cell('failed'))),
    el('p', { 'data-testid': 'batch-findings' }));
  const details = el('div', {});
  const showDetails = q => details.replaceChildren(
    el('h2', {}, '按规则 ', el('span', { class: 'en' }, 'Findings by rule')), batchRules(q),
    el('h2', {}, '文件 ', el('span', { class: 'en' }, 'Documents')), batchDocuments(q));
  app.replaceChildren(
    el('h1', { 'data-testid': 'batch-title' }, '批次 ', el('span', { class: 'en' }, 'Batch'), ' ' + id),
    box,
    el('p', {}, '导出 Export: ', el('a', { href: '/batches/' + id + '/reports.csv', 'data-testid': 'batch-reports-csv' }, '报告 reports.csv'),
      ' · ', el('a', { href: '/batches/' + id + '/findings.csv' }, '问题 findings.csv')),
    details);
  batchCounts(box, p);
  showDetails(p);
  if (p.done) return;
  batchSource = new EventSource('/batches/' + id + '/stream');
  let refreshed = 0;
  batchSource.addEventListener('progress', async e => {
    const q = JSON.parse(e.data);
    batchCounts(box, q);
    // the document list follows at most every 3 s, and once more at the end
    if (q.done || Date.now() - refreshed > 3000) {
      refreshed = Date.now();
      if (q.done) { batchSource.close(); batchSource = null; }
      showDetails(await getJson('/batches/' + id));
    }
  });
}
