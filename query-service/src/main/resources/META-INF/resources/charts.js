'use strict';
// Charts page of the dashboard (#/charts): findings by rule over the years, a grid of regions coloured by the share
// of their reports with errors, and an agency's figures year on year. Drawn with Chart.js (vendor/chartjs, MIT),
// loaded before this file; el() and getJson() come from dashboard.js. Animations are off: a chart is complete as
// soon as it is drawn (screenshots, printing).

// Series colours of the rules chart and of the agency chart; distinct, so a screenshot tells which chart drew.
const RULE_COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f'];
const AGENCY_COLOURS = { applications: '#3366cc', carried: '#99c2ff', granted: '#109618', errors: '#dc3912', warnings: '#ff9900' };
const charts = {};

function drawChart(name, canvas, config) {
  if (charts[name]) charts[name].destroy();
  config.options = Object.assign({ animation: false, responsive: true, maintainAspectRatio: false }, config.options);
  charts[name] = new Chart(canvas, config);
  canvas.setAttribute('data-series', String(config.data.datasets.length));
  canvas.setAttribute('data-points', String(config.data.datasets.reduce((n, d) => n + d.data.filter(v => v).length, 0)));
  return charts[name];
}

function chartBox(testid) {
  const canvas = el('canvas', { 'data-testid': testid });
  return [el('div', { class: 'chart-box' }, canvas), canvas];
}

// #/charts[/year/<year>][/agency/<name>]: the grid's year and the agency shown, else chosen from the data.
async function chartsPage(year, agency) {
  const [byYear, stats, agencies] = await Promise.all([getJson('/stats/findings-by-year'), getJson('/stats'), getJson('/agencies')]);
  app.replaceChildren(el('h1', {}, '图表 ', el('span', { class: 'en' }, 'Charts')));
  rulesOverYears(byYear);
  const reportsByYear = {};
  for (const r of stats.reportsByYearAndStatus) if (r.year) reportsByYear[r.year] = (reportsByYear[r.year] || 0) + r.reports;
  const years = Object.keys(reportsByYear).map(Number).sort();
  // the grid opens on the year with the most reports (the newest of those)
  const busiest = years.reduce((best, y) => best == null || reportsByYear[y] >= reportsByYear[best] ? y : best, null);
  await regionGrid(years, year && years.includes(year) ? year : busiest, null);
  await agencyYears(agencies, agency);
}

// The rules found most often (eight, the rest as "other"), their findings stacked by year.
function rulesOverYears(rows) {
  const section = el('section', { 'data-testid': 'rules-over-years' },
    el('h2', {}, '各规则历年发现数 ', el('span', { class: 'en' }, 'Findings by rule over the years')));
  app.append(section);
  const withYear = rows.filter(r => r.year);
  if (!withYear.length) { section.append(el('p', { class: 'muted' }, '暂无数据 No findings yet')); return; }
  const years = [...new Set(withYear.map(r => r.year))].sort();
  const totals = {};
  for (const r of withYear) totals[r.ruleId] = (totals[r.ruleId] || 0) + r.findings;
  const top = Object.keys(totals).sort((a, b) => totals[b] - totals[a] || a.localeCompare(b)).slice(0, 8);
  const series = top.map(rule => ({ label: rule, data: years.map(y => withYear.filter(r => r.ruleId === rule && r.year === y).reduce((n, r) => n + r.findings, 0)) }));
  const rest = years.map(y => withYear.filter(r => !top.includes(r.ruleId) && r.year === y).reduce((n, r) => n + r.findings, 0));
  if (rest.some(v => v > 0)) series.push({ label: '其他 other', data: rest });
  series.forEach((s, i) => { s.backgroundColor = RULE_COLOURS[i % RULE_COLOURS.length]; });
  const [box, canvas] = chartBox('chart-rules');
  section.append(box);
  drawChart('rules', canvas, { type: 'bar', data: { labels: years.map(String), datasets: series },
    options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: '发现数 findings' } } } } });
}

// Red for regions whose reports all have errors, green for none; a click opens the region's own regions.
function shareColour(share) {
  const from = [230, 244, 234], to = [217, 48, 37];
  return 'rgb(' + from.map((c, i) => Math.round(c + (to[i] - c) * share)).join(', ') + ')';
}

async function regionGrid(years, year, parent) {
  let section = document.querySelector('[data-testid=region-grid]');
  const fresh = el('section', { 'data-testid': 'region-grid' });
  if (section) section.replaceWith(fresh); else app.append(fresh);
  section = fresh;
  section.append(el('h2', {}, '各地区有错误报告的比例 ', el('span', { class: 'en' }, 'Share of reports with errors by region')));
  if (!year) { section.append(el('p', { class: 'muted' }, '暂无报告 No reports yet')); return; }
  const pick = el('select', { 'data-testid': 'grid-year' }, ...years.map(y => {
    const o = el('option', { value: y }, y);
    if (y === year) o.setAttribute('selected', '');
    return o;
  }));
  pick.addEventListener('change', () => regionGrid(years, Number(pick.value), parent));
  const answer = await getJson('/stats/regions?year=' + year + (parent ? '&parent=' + parent : ''));
  const up = parent ? el('a', { href: '#/charts', 'data-testid': 'grid-up' }, '↑ 全部省份 all provinces') : null;
  if (up) up.addEventListener('click', e => { e.preventDefault(); regionGrid(years, year, parent.length > 2 ? parent.slice(0, parent.length - 2) : null); });
  section.append(el('p', {}, '年度 Year ', pick, ' ', answer.parentName ? answer.parentName + ' ' : '', up));
  const grid = el('div', { class: 'region-grid' });
  for (const r of answer.regions) {
    const tile = el('button', { type: 'button', class: 'region-tile', 'data-code': r.code, 'data-share': r.shareWithErrors.toFixed(3),
      title: r.code }, el('b', {}, r.code === answer.parent ? r.name + '（本级）' : r.name),
      el('span', {}, Math.round(r.shareWithErrors * 100) + '%'),
      el('small', {}, r.reportsWithErrors + ' / ' + r.reports + ' 份报告有错误 with errors'));
    tile.style.backgroundColor = shareColour(r.shareWithErrors);
    if (r.shareWithErrors > 0.55) tile.classList.add('dark');
    tile.addEventListener('click', () => {
      if (r.code.length < 6 && r.code !== answer.parent) regionGrid(years, year, r.code);
      else location.hash = '#/region/' + r.code + '/' + year;
    });
    grid.append(tile);
  }
  section.append(grid, el('p', { class: 'muted' }, '颜色越红，有错误的报告比例越高；点击进入下一级。 Redder: a larger share of reports with errors; click for the regions below.'));
}

function cellValue(report, table, row, column) {
  const t = report && report[table];
  const r = t && t.rows.find(x => x.key === row);
  const c = r && r.cells[column];
  return c && c.value != null ? Number(c.value) : null;
}

// One agency's applications and findings by year, from its series and each year's report.
async function agencyYears(agencies, chosen) {
  const section = el('section', { 'data-testid': 'agency-years' },
    el('h2', {}, '机关历年数据 ', el('span', { class: 'en' }, "An agency's figures year on year")));
  app.append(section);
  if (!agencies.length) { section.append(el('p', { class: 'muted' }, '暂无机关 No agencies yet')); return; }
  const sorted = [...agencies].sort((a, b) => b.years.length - a.years.length || a.agency.localeCompare(b.agency));
  const agency = chosen && agencies.some(a => a.agency === chosen) ? chosen : sorted[0].agency;
  const pick = el('select', { 'data-testid': 'agency-pick' }, ...sorted.map(a => {
    const o = el('option', { value: a.agency }, a.agency + '（' + [...a.years].sort().join('、') + '）');
    if (a.agency === agency) o.setAttribute('selected', '');
    return o;
  }));
  pick.addEventListener('change', () => { location.hash = '#/charts/agency/' + encodeURIComponent(pick.value); });
  section.append(el('p', {}, '机关 Agency ', pick));
  const series = (await getJson('/agencies/' + encodeURIComponent(agency) + '/reports')).filter(r => r.year);
  const byYear = new Map();
  for (const s of series) byYear.set(s.year, s);
  const years = [...byYear.keys()].sort();
  const reports = await Promise.all(years.map(y => getJson('/reports/' + byYear.get(y).documentId)));
  const figure = (table, row, column) => reports.map(r => cellValue(r.report, table, row, column));
  const counts = severity => years.map(y => (byYear.get(y).findingCounts || {})[severity] || 0);
  const [box, canvas] = chartBox('chart-agency');
  section.append(box);
  drawChart('agency', canvas, { type: 'bar', data: { labels: years.map(String), datasets: [
    { label: '本年新收申请 new applications', data: figure('table2', 'new_applications', 'total'), backgroundColor: AGENCY_COLOURS.applications, yAxisID: 'y' },
    { label: '上年结转 carried over', data: figure('table2', 'carried_over', 'total'), backgroundColor: AGENCY_COLOURS.carried, yAxisID: 'y' },
    { label: '予以公开 granted', data: figure('table2', 'granted', 'total'), backgroundColor: AGENCY_COLOURS.granted, yAxisID: 'y' },
    { label: '错误 errors', data: counts('error'), backgroundColor: AGENCY_COLOURS.errors, yAxisID: 'findings' },
    { label: '警告 warnings', data: counts('warning'), backgroundColor: AGENCY_COLOURS.warnings, yAxisID: 'findings' }] },
    options: { scales: { y: { beginAtZero: true, position: 'left', ticks: { precision: 0 }, title: { display: true, text: '申请数 applications' } },
      findings: { beginAtZero: true, position: 'right', ticks: { precision: 0 }, grid: { drawOnChartArea: false }, title: { display: true, text: '发现数 findings' } } } } });
}
