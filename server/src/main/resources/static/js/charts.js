// Draws the overview's charts from the console's JSON endpoints, and puts the same numbers in a
// table under each chart for screen readers and keyboard users. No build step: plain ES2017.
(function () {
  'use strict';
  var section = document.querySelector('.charts');
  if (!section || !window.echarts) { return; }
  var labels = {
    count: section.dataset.labelCount,
    amount: section.dataset.labelAmount,
    rows: section.dataset.labelRows
  };
  var elder = document.body.classList.contains('elder');
  var font = elder ? 18 : 13;
  var palette = ['#0b5cad', '#b35900', '#146c2e', '#6b3fa0'];
  var charts = [];

  function option(kind, data, names) {
    var cats = data.labels;
    var horizontal = kind === 'hbar';
    var series = names.map(function (name, i) {
      return {
        name: labels[name] || name,
        type: kind === 'line' ? 'line' : 'bar',
        yAxisIndex: horizontal ? 0 : Math.min(i, 1),
        barMaxWidth: 32,
        areaStyle: kind === 'line' ? { opacity: 0.15 } : undefined,
        data: data.values[name].map(Number)
      };
    });
    // Few categories (channels, counterparties): label every one; many (minutes, hours): let
    // ECharts thin them out so they never overlap.
    var every = cats.length <= 12 ? 0 : 'auto';
    var category = { type: 'category', data: cats, axisLabel: { fontSize: font, color: '#1b1f24', interval: every } };
    var value = { type: 'value', axisLabel: { fontSize: font, color: '#1b1f24' } };
    var valueAxes = names.length > 1 && !horizontal
      ? [value, { type: 'value', axisLabel: { fontSize: font, color: '#1b1f24' }, splitLine: { show: false } }]
      : [value];
    return {
      color: palette,
      animation: false,
      textStyle: { fontSize: font },
      tooltip: { trigger: 'axis', textStyle: { fontSize: font } },
      legend: { show: names.length > 1, textStyle: { fontSize: font, color: '#1b1f24' } },
      grid: { left: 8, right: horizontal ? 48 : 16, top: names.length > 1 ? 36 : 16, bottom: 8, containLabel: true },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? Object.assign({}, category, { inverse: true }) : valueAxes,
      series: series
    };
  }

  function table(el, data, names, kind) {
    var details = document.createElement('details');
    var summary = document.createElement('summary');
    summary.textContent = section.dataset.labelTable;
    details.appendChild(summary);
    var t = document.createElement('table');
    var head = t.createTHead().insertRow();
    var th = document.createElement('th');
    th.scope = 'col';
    head.appendChild(th);
    names.forEach(function (n) {
      var c = document.createElement('th'); c.scope = 'col'; c.textContent = labels[n] || n; head.appendChild(c);
    });
    var body = t.createTBody();
    data.labels.forEach(function (label, i) {
      var row = body.insertRow();
      var h = document.createElement('th');
      h.scope = 'row';
      h.textContent = label;
      row.appendChild(h);
      names.forEach(function (n) { row.insertCell().textContent = String(data.values[n][i]); });
    });
    details.appendChild(t);
    el.parentNode.appendChild(details);
  }

  document.querySelectorAll('.chart[data-src]').forEach(function (el) {
    var names = el.dataset.series.split(' ');
    fetch(el.dataset.src, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (data) {
        if (data.labels.length === 0) {
          el.classList.add('empty');
          el.textContent = section.dataset.labelEmpty;
          return;
        }
        var chart = echarts.init(el, null, { renderer: 'svg' });
        chart.setOption(option(el.dataset.kind, data, names));
        charts.push(chart);
        table(el, data, names, el.dataset.kind);
        el.dataset.loaded = 'true';
      })
      .catch(function () { el.classList.add('empty'); el.textContent = section.dataset.labelEmpty; });
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
}());
