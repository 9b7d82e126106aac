'use strict';
// The region page's section on copying across agencies (#/region/<code>/<year>): pairs of reports of the year with
// near-duplicate sections (rule PROSE-004), from GET /regions/<code>/copying. Uses el and getJson of dashboard.js.

const SECTION_NUMERALS = ['', '一', '二', '三', '四', '五', '六'];

async function copyingSection(code, year) {
  const section = el('section', { 'data-testid': 'copying' },
    el('h2', {}, '内容雷同 ', el('span', { class: 'en' }, 'Sections copied across agencies')));
  let c;
  try {
    c = await getJson('/regions/' + code + '/copying?year=' + year);
  } catch (e) {
    // the rest of the region page stands without this section
    section.append(el('p', { class: 'muted' }, '无法加载 could not load: ' + e.message));
    return section;
  }
  if (!c.pairs.length) {
    section.append(el('p', { class: 'muted' }, '未发现不同机关报告之间的雷同章节 — no copied sections between agencies.'));
    return section;
  }
  const pct = v => v == null ? '—' : Math.round(v * 100) + '%';
  const report = s => el('a', { href: '#/report/' + s.documentId }, s.agency || s.documentId.slice(0, 12));
  const t = el('table', { class: 'report-table' },
    el('tr', {}, ...['报告 Report', '章节 Section', '雷同比例 Share', '另一报告 Other report', '章节 Section', '雷同比例 Share', '雷同语句 Sentences']
      .map(h => el('th', {}, h))));
  for (const p of c.pairs) {
    for (const s of p.sections) {
      t.append(el('tr', { 'data-pair': p.first.documentId + '|' + p.second.documentId },
        el('td', {}, report(p.first)), el('td', {}, SECTION_NUMERALS[s.firstSection] || s.firstSection),
        el('td', {}, pct(s.firstShare)), el('td', {}, report(p.second)),
        el('td', {}, SECTION_NUMERALS[s.secondSection] || s.secondSection || ''), el('td', {}, pct(s.secondShare)),
        el('td', { class: 'muted' }, s.sentences.join('。'))));
    }
  }
  section.append(el('p', {}, '雷同报告对 Pairs: ' + c.pairCount), t);
  return section;
}
