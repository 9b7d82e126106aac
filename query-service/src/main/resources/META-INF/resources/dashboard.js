'use strict';
// Operations dashboard of the query service: recent reports, counts by rule, a report's three tables with the cells
// its findings point at, and the live alert feed (Server-Sent Events from /alerts/stream).

const app = document.getElementById('app');
const STATUS = { received: '已接收 received', parsed: '已解析 parsed', failed: '失败 failed', audited: '已审核 audited' };
const SEV = { ERROR: '错误 error', WARNING: '警告 warning', INFO: '提示 info' };

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

class Unauthorized extends Error {}

// The read key is kept in the cookie ogi_api_key: fetch and EventSource send it with every GET (same origin).
async function getJson(url) {
  const r = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (r.status === 401) throw new Unauthorized(url);
  if (!r.ok) throw new Error(url + ' → ' + r.status);
  return r.json();
}

function login() {
  const form = el('form', { 'data-testid': 'login', class: 'card' },
    el('h1', {}, '请输入访问密钥 ', el('span', { class: 'en' }, 'Enter your API key')),
    el('p', { class: 'muted' }, '只读密钥即可查看 — a key with the read role is enough.'),
    el('input', { name: 'apiKey', type: 'password', autocomplete: 'off', size: 52 }), ' ',
    el('button', { type: 'submit' }, '进入 Open'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const key = form.querySelector('input').value.trim();
    document.cookie = 'ogi_api_key=' + encodeURIComponent(key) + '; path=/; SameSite=Strict';
    location.reload();
  });
  app.replaceChildren(form);
}

function status(s) { return el('span', { class: 'status status-' + s, 'data-status': s }, STATUS[s] || s); }

async function overview() {
  const [reports, stats] = await Promise.all([getJson('/reports?limit=50'), getJson('/stats')]);
  app.replaceChildren();
  app.append(el('h1', {}, '总览 ', el('span', { class: 'en' }, 'Overview')));
  const byStatus = {};
  for (const r of stats.reportsByYearAndStatus) byStatus[r.status] = (byStatus[r.status] || 0) + r.reports;
  const cards = el('div', { class: 'cards' });
  for (const s of Object.keys(STATUS)) cards.append(el('div', { class: 'card', 'data-testid': 'count-' + s }, el('b', {}, byStatus[s] || 0), STATUS[s]));
  app.append(cards);

  app.append(el('h2', {}, '最近的报告 ', el('span', { class: 'en' }, 'Recent reports')));
  const t = el('table', { 'data-testid': 'reports' });
  t.append(el('tr', {}, ...['机关 Agency', '年度 Year', '状态 Status', '错误 Errors', '警告 Warnings', '文件 File'].map(h => el('th', {}, h))));
  for (const r of reports.items) {
    const c = r.findingCounts || {};
    t.append(el('tr', { 'data-id': r.documentId },
      el('td', {}, el('a', { href: '#/report/' + r.documentId }, r.agency || '（未识别机关 agency unknown）')),
      el('td', { class: 'num' }, r.year ?? ''), el('td', {}, status(r.status)),
      el('td', { class: 'num' }, c.error ?? ''), el('td', { class: 'num' }, c.warning ?? ''),
      el('td', {}, r.fileName || '')));
  }
  app.append(t);

  app.append(el('h2', {}, '按规则统计 ', el('span', { class: 'en' }, 'Findings by rule')));
  const byRule = el('table', { 'data-testid': 'rule-counts' });
  byRule.append(el('tr', {}, el('th', {}, '规则 Rule'), el('th', {}, '级别 Severity'), el('th', {}, '数量 Findings')));
  for (const f of stats.findingsByRuleAndSeverity.sort((a, b) => b.findings - a.findings)) {
    byRule.append(el('tr', {}, el('td', {}, f.ruleId), el('td', { class: 'sev sev-' + f.severity }, SEV[f.severity]), el('td', { class: 'num' }, f.findings)));
  }
  app.append(byRule);
}

function cellText(cell) {
  if (cell == null) return '';
  return cell.raw != null && cell.raw !== '' ? cell.raw : (cell.value ?? '');
}

let templates = null;
async function columnLabels(version) {
  if (!templates) templates = await getJson('/template');
  const labels = {};
  for (const t of (templates[version] || templates['2021']).tables) for (const c of t.columns) labels[t.id + '/' + c.key] = c.label;
  return labels;
}

function renderTable(table, title, flags, labels) {
  const wrap = el('section', { 'data-testid': table.id });
  wrap.append(el('h2', {}, title));
  if (!table.found) { wrap.append(el('p', { class: 'muted' }, '报告中未找到此表 — table not found in the report')); return wrap; }
  const columns = [];
  for (const row of table.rows) for (const c of Object.keys(row.cells)) if (!columns.includes(c)) columns.push(c);
  const t = el('table');
  t.append(el('tr', {}, el('th', {}, '项目 Row'), ...columns.map(c => el('th', { title: c }, labels[table.id + '/' + c] || c))));
  for (const row of table.rows) {
    const rowFlag = flags[table.id + '/' + row.key + '/'];
    const label = el('th', { title: row.labelAsWritten && row.labelAsWritten !== row.label ? '原文 as written: ' + row.labelAsWritten : '' },
      row.label, row.found ? null : el('span', { class: 'en' }, ' （缺失 missing）'));
    const tr = el('tr', { class: rowFlag ? 'flag-' + rowFlag : '' }, label);
    for (const c of columns) {
      if (!(c in row.cells)) { tr.append(el('td', { class: 'muted' }, '—')); continue; }
      const cell = row.cells[c];
      const key = table.id + '/' + row.key + '/' + c;
      const classes = ['num'];
      if (cell == null || cell.value == null) classes.push('missing');
      if (flags[key]) classes.push('flag-' + flags[key]);
      tr.append(el('td', { class: classes.join(' '), 'data-cell': key }, cellText(cell)));
    }
    t.append(tr);
  }
  wrap.append(t);
  return wrap;
}

const RANK = { INFO: 1, WARNING: 2, ERROR: 3 };
function flagsOf(findings) {
  const flags = {};
  const mark = (k, s) => { if (!flags[k] || RANK[s] > RANK[flags[k]]) flags[k] = s; };
  for (const f of findings) {
    const l = f.location || {};
    if (l.table) mark(l.table + '/' + (l.row || '') + '/' + (l.column || ''), f.severity);
    for (const c of f.cells || []) mark(c.table + '/' + c.row + '/' + c.column, f.severity);
  }
  return flags;
}

async function reportPage(id) {
  const r = await getJson('/reports/' + encodeURIComponent(id));
  const findings = (r.audit && r.audit.findings) || [];
  app.replaceChildren();
  app.append(el('p', {}, el('a', { href: '#/' }, '← 总览 Overview')));
  app.append(el('h1', { 'data-testid': 'report-title' }, (r.agency || '（未识别机关 agency unknown）') + ' ' + (r.year || '') + '年度报告 ', status(r.status)));
  if (r.failure) app.append(el('p', { class: 'sev sev-ERROR', 'data-testid': 'failure' }, '失败原因 Failure: ' + r.failure.reason));
  const layout = el('div', { class: 'layout-report' });
  const tables = el('div');
  if (r.report) {
    const flags = flagsOf(findings);
    const labels = await columnLabels(r.template || '2021');
    tables.append(renderTable(r.report.table1, '表一 第二十条主动公开情况 · Table 1 Article 20', flags, labels));
    tables.append(renderTable(r.report.table2, '表二 收到和处理政府信息公开申请情况 · Table 2 Applications', flags, labels));
    tables.append(renderTable(r.report.table3, '表三 行政复议、行政诉讼情况 · Table 3 Review and litigation', flags, labels));
  }
  const side = el('div');
  side.append(el('h2', {}, '审核发现 ', el('span', { class: 'en' }, 'Findings (' + findings.length + ')')));
  const list = el('ol', { class: 'findings', 'data-testid': 'findings' });
  for (const f of findings) {
    const where = f.location ? [f.location.table, f.location.rowLabel, f.location.columnLabel].filter(Boolean).join(' / ') : '';
    list.append(el('li', { 'data-rule': f.ruleId }, el('span', { class: 'sev sev-' + f.severity }, f.ruleId + ' ' + SEV[f.severity]), el('br'),
      f.messageZh, el('br'), el('span', { class: 'en' }, f.messageEn), where ? el('small', { class: 'muted' }, ' · ' + where) : null));
  }
  side.append(list);
  layout.append(tables, side);
  app.append(layout);
}

async function route() {
  const m = location.hash.match(/^#\/report\/([0-9a-f]{64})$/);
  try {
    if (m) await reportPage(m[1]); else await overview();
  } catch (e) {
    if (e instanceof Unauthorized) { login(); return; }
    app.replaceChildren(el('p', { class: 'sev sev-ERROR' }, '加载失败 Failed to load: ' + e.message));
  }
}

function alertItem(a) {
  const f = a.finding || {};
  return el('li', { class: 'sev-' + f.severity, 'data-rule': f.ruleId },
    el('b', {}, f.ruleId + ' '), el('span', { class: 'sev sev-' + f.severity }, SEV[f.severity]), ' ',
    el('a', { href: '#/report/' + a.documentId }, a.agency || '（未识别机关 unknown agency） ' + a.documentId.slice(0, 8)), ' ', a.year || '',
    el('small', {}, f.messageZh));
}

async function alerts() {
  const list = document.getElementById('alerts');
  const state = document.getElementById('stream-state');
  try {
    for (const a of (await getJson('/alerts?limit=30')).reverse()) list.prepend(alertItem(a));
  } catch (e) { /* the stream below still brings new alerts */ }
  const source = new EventSource('/alerts/stream');
  source.onopen = () => { state.textContent = '实时 live'; state.classList.add('live'); };
  source.onerror = () => { state.textContent = '重连中 reconnecting'; state.classList.remove('live'); };
  source.addEventListener('alert', e => {
    list.prepend(alertItem(JSON.parse(e.data)));
    while (list.children.length > 100) list.lastChild.remove();
  });
}

window.addEventListener('hashchange', route);
route();
if (document.cookie.includes('ogi_api_key=')) alerts();
