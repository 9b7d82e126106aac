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

// Writes (reviews) send the same key as a header; the service checks it has the write role.
function apiKey() {
  const m = document.cookie.match(/(?:^|; )ogi_api_key=([^;]*)/);
  return m ? decodeURIComponent(m[1]) : '';
}

async function postJson(url, body) {
  const r = await fetch(url, { method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-API-Key': apiKey() },
    body: JSON.stringify(body) });
  const answer = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(r.status === 403 ? '需要写权限的密钥 a key with the write role is needed'
    : (answer.message || r.status));
  return answer;
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
  if (r.audit) app.append(el('p', {}, '审核结果文档 Audit document: ',
    el('a', { href: '/reports/' + r.documentId + '/audit.pdf', 'data-testid': 'audit-pdf' }, 'PDF'), ' · ',
    el('a', { href: '/reports/' + r.documentId + '/audit.docx', 'data-testid': 'audit-docx' }, 'Word (DOCX)')));
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
      f.messageZh, el('br'), el('span', { class: 'en' }, f.messageEn), where ? el('small', { class: 'muted' }, ' · ' + where) : null,
      reviewBox(f)));
  }
  side.append(list);
  const results = (r.audit && r.audit.ruleResults) || [];
  if (results.length) {
    const count = o => results.filter(x => x.outcome === o).length;
    side.append(el('p', { class: 'muted', 'data-testid': 'rule-results' }, '规则结果 Rule results: ',
      count('PASSED') + ' 通过 passed · ' + count('FAILED') + ' 未通过 failed · ' + count('NOT_ASSESSABLE') + ' 无法判断 not assessable'));
  }
  layout.append(tables, side);
  app.append(layout);
  if (r.agency && r.year) {
    const links = el('p', {}, el('a', { 'data-testid': 'compare-link',
      href: '#/compare/' + encodeURIComponent(r.agency) + '/' + (r.year - 1) + '/' + r.year },
      '与上一年度对比 Compare with ' + (r.year - 1)));
    if (r.division) {
      for (const code of [r.division.code.slice(0, 2), r.division.code.slice(0, 4), r.division.code]
        .filter((c, i, all) => c.length >= 2 && all.indexOf(c) === i)) {
        links.append(' · ', el('a', { href: '#/region/' + code + '/' + r.year, 'data-region': code }, '区划 ' + code));
      }
      links.append(' ', el('small', { class: 'muted' }, r.division.path));
    }
    app.insertBefore(links, layout);
  }
}

const DECISION = { CONFIRMED: '已确认 confirmed', DISMISSED: '已驳回 dismissed' };

// A finding's review: the decision if there is one, and the buttons to take or change it.
function reviewBox(f) {
  const box = el('div', { class: 'review', 'data-testid': 'review' });
  const show = review => {
    box.replaceChildren();
    if (review) {
      box.append(el('span', { class: 'badge decision-' + review.decision, 'data-decision': review.decision },
        DECISION[review.decision] || review.decision), ' ',
        el('small', { class: 'muted' }, (review.reason || '') + ' — ' + review.reviewer + ' ' + String(review.reviewedAt || '').slice(0, 16)));
    }
    const reason = el('input', { name: 'reason', placeholder: '理由 reason', size: 24 });
    const confirm = el('button', { type: 'button', 'data-action': 'confirm' }, '确认 Confirm');
    const dismiss = el('button', { type: 'button', 'data-action': 'dismiss' }, '驳回 Dismiss');
    const message = el('small', { class: 'sev-ERROR' });
    const send = async decision => {
      try {
        show(await postJson('/reviews', { findingId: f.findingId, decision, reason: reason.value.trim() }));
      } catch (e) { message.textContent = ' ' + e.message; }
    };
    confirm.addEventListener('click', () => send('confirmed'));
    dismiss.addEventListener('click', () => send('dismissed'));
    box.append(el('div', {}, reason, ' ', confirm, ' ', dismiss, message));
  };
  show(f.review);
  return box;
}

function changeText(c) {
  if (c.from == null && c.to == null) return '—';
  const change = c.change == null ? '' : (c.change > 0 ? ' (+' + c.change + ')' : c.change < 0 ? ' (' + c.change + ')' : '');
  return (c.from == null ? '—' : c.from) + ' → ' + (c.to == null ? '—' : c.to) + change;
}

async function comparePage(agency, from, to) {
  const c = await getJson('/agencies/' + encodeURIComponent(agency) + '/compare?from=' + from + '&to=' + to);
  app.replaceChildren(el('p', {}, el('a', { href: '#/report/' + c.to.documentId }, '← ' + to + '年度报告 report')));
  app.append(el('h1', { 'data-testid': 'compare-title' }, agency + ' ' + from + ' → ' + to + ' 年度对比 ', el('span', { class: 'en' }, 'Year on year')));
  const reuse = c.proseReuse || {};
  const pct = v => v == null ? '—' : Math.round(v * 100) + '%';
  const prose = el('table', { class: 'report-table', 'data-testid': 'prose-reuse' },
    el('tr', {}, el('th', {}, '部分 Section'), el('th', {}, '与上年重复 Reused from ' + from)));
  for (const s of reuse.sections || []) prose.append(el('tr', {}, el('td', {}, s.heading || s.section), el('td', {}, pct(s.share))));
  prose.append(el('tr', {}, el('th', {}, '全文 Overall'), el('th', { 'data-testid': 'reuse-overall' }, pct(reuse.overall))));
  app.append(el('h2', {}, '正文重复 ', el('span', { class: 'en' }, 'Prose reuse')), prose);
  for (const t of c.tables) {
    const columns = t.rows.length ? t.rows.reduce((a, r) => r.cells.length > a.length ? r.cells : a, []) : [];
    const table = el('table', { class: 'report-table', 'data-table': t.table },
      el('tr', {}, el('th', {}, ''), ...columns.map(col => el('th', {}, col.label))));
    for (const row of t.rows) {
      table.append(el('tr', {}, el('th', {}, row.label), ...row.cells.map(cell => el('td', {
        class: cell.change ? 'changed' : '', 'data-cell': row.row + '/' + cell.column }, changeText(cell)))));
    }
    app.append(el('h2', {}, t.title || t.table), table);
  }
}

const OUTCOME = { granted: '予以公开', partially_granted: '部分公开', total: '总计' };

async function regionPage(code, year) {
  const r = await getJson('/regions/' + code + '?year=' + year);
  app.replaceChildren(el('h1', { 'data-testid': 'region-title' }, r.region.path + ' ' + year + '年度 ', el('span', { class: 'en' }, 'Region')));
  const num = v => v == null ? '—' : Number(v).toLocaleString();
  app.append(el('p', {}, '报告 Reports: ' + r.reports + ' · 收到申请 Applications received: ' + num(r.applications.new_applications)
    + ' · 上年结转 Carried over: ' + num(r.applications.carried_over) + ' · 错误 Errors: ' + r.findings.error
    + ' · 警告 Warnings: ' + r.findings.warning + ' ',
    el('a', { href: '/export/regions/' + code + '/' + year + '.xlsx', 'data-testid': 'xlsx' }, '导出 XLSX'), ' · ',
    el('a', { href: '/export/regions/' + code + '/' + year + '.pdf', 'data-testid': 'region-pdf' }, '审核汇总 PDF'), ' · ',
    el('a', { href: '/export/regions/' + code + '/' + year + '.docx', 'data-testid': 'region-docx' }, 'Word')));
  const review = r.reviewAndLitigation || {};
  app.append(el('p', { class: 'muted' }, '行政复议 Reviews: ' + num(review.review_total) + ' · 行政诉讼 Lawsuits: '
    + num((review.litigation_direct_total || 0) + (review.litigation_after_review_total || 0))));
  const ranking = el('table', { class: 'report-table', 'data-testid': 'ranking' },
    el('tr', {}, el('th', {}, '#'), el('th', {}, '机关 Agency'), el('th', {}, '区划 Division'), el('th', {}, '错误 Errors'), el('th', {}, '警告 Warnings')));
  for (const a of r.agencies) {
    ranking.append(el('tr', {}, el('td', {}, a.rank), el('td', {}, el('a', { href: '#/report/' + a.documentId }, a.agency || '—')),
      el('td', {}, a.division || ''), el('td', {}, a.errors), el('td', {}, a.warnings)));
  }
  const shown = r.agenciesRanked > r.agencies.length ? ' (前 ' + r.agencies.length + ' / ' + r.agenciesRanked + ')' : '';
  app.append(el('h2', {}, '按错误排名' + shown + ' ', el('span', { class: 'en' }, 'Agencies by errors')), ranking);
  app.append(await publicationSection(code, year));
  app.append(await copyingSection(code, year));
}

async function route() {
  const m = location.hash.match(/^#\/report\/([0-9a-f]{64})$/);
  const cmp = location.hash.match(/^#\/compare\/([^/]+)\/(\d{4})\/(\d{4})$/);
  const region = location.hash.match(/^#\/region\/(\d{2,6})\/(\d{4})$/);
  const chartsFor = location.hash.match(/^#\/charts(?:\/year\/(\d{4}))?(?:\/agency\/([^/]+))?$/);
  const batch = location.hash.match(/^#\/batch\/([0-9a-f]{32})$/);
  try {
    if (m) await reportPage(m[1]);
    else if (chartsFor) await chartsPage(chartsFor[1] ? Number(chartsFor[1]) : null, chartsFor[2] ? decodeURIComponent(chartsFor[2]) : null);
    else if (region) await regionPage(region[1], region[2]);
    else if (batch) await batchPage(batch[1]);
    else if (cmp) await comparePage(decodeURIComponent(cmp[1]), cmp[2], cmp[3]);
    else await overview();
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
