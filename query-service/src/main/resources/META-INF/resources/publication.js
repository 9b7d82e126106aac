'use strict';
// The region page's section on who published (#/region/<code>/<year>): the expected agencies from the list an
// operator uploaded, each published, late, undated, missing or still due. Uses el and getJson of dashboard.js.

const PUBLICATION = {
  published: '按时发布 published', late: '逾期发布 late', undated: '已发布（无落款日期） undated',
  missing: '未发布 missing', due: '未到期限 due'
};

async function publicationSection(code, year) {
  const section = el('section', { 'data-testid': 'publication' },
    el('h2', {}, '应发布机关 ', el('span', { class: 'en' }, 'Who has published')));
  let p;
  try {
    p = await getJson('/regions/' + code + '/expected-agencies?year=' + year);
  } catch (e) {
    // the rest of the region page stands without this section
    section.append(el('p', { class: 'muted' }, '无法加载 could not load: ' + e.message));
    return section;
  }
  if (!p.expected) {
    section.append(el('p', { class: 'muted' }, '尚未上传应发布机关名单 — no expected-agency list uploaded for this region '
      + '(PUT /regions/' + code + '/expected-agencies, CSV).'));
    return section;
  }
  section.append(el('p', { 'data-testid': 'publication-counts' }, '应发布 Expected: ' + p.expected + ' · 按时 On time: '
    + p.published + ' · 逾期 Late: ' + p.late + ' · 未发布 Missing: ' + p.missing + ' · 无日期 Undated: ' + p.undated
    + ' · 未到期 Due: ' + p.due));
  const t = el('table', { class: 'report-table' },
    el('tr', {}, ...['机关 Agency', '类型 Kind', '期限 Deadline', '状态 Status', '发布日期 Published', '告警 Alert'].map(h => el('th', {}, h))));
  const order = { missing: 0, late: 1, undated: 2, due: 3, published: 4 };
  for (const a of [...p.agencies].sort((x, y) => order[x.status] - order[y.status])) {
    t.append(el('tr', { 'data-agency': a.agency, 'data-status': a.status },
      el('td', {}, a.documentId ? el('a', { href: '#/report/' + a.documentId }, a.agency) : a.agency),
      el('td', {}, a.kind === 'GOVERNMENT' ? '政府 government' : '部门 department'), el('td', {}, a.deadline),
      el('td', { class: a.status === 'missing' || a.status === 'late' ? 'sev sev-ERROR' : '' }, PUBLICATION[a.status] || a.status),
      el('td', {}, a.publishedOn || ''), el('td', {}, a.alertedAt ? a.alertedAt.slice(0, 16).replace('T', ' ') : '')));
  }
  section.append(t);
  return section;
}
