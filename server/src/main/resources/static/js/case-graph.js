// Draws a case's fund-flow subgraph (accounts and the transfers between them) with the ECharts
// graph series. The same transfers are listed in the table under it. Plain ES2017, no build step.
(function () {
  'use strict';
  var el = document.getElementById('case-graph');
  if (!el || !window.echarts) { return; }
  var data = JSON.parse(el.dataset.graph);
  var elder = document.body.classList.contains('elder');
  var font = elder ? 18 : 13;
  var categories = [
    { name: el.dataset.labelSubject },
    { name: el.dataset.labelPattern },
    { name: el.dataset.labelOther }
  ];
  var index = { subject: 0, pattern: 1, other: 2 };
  var chart = echarts.init(el);
  chart.setOption({
    color: ['#b3261e', '#0b5cad', '#4a5360'],
    animation: false,
    textStyle: { fontSize: font },
    legend: { data: categories.map(function (c) { return c.name; }), textStyle: { fontSize: font } },
    tooltip: { textStyle: { fontSize: font } },
    series: [{
      type: 'graph',
      layout: 'force',
      roam: true,
      draggable: true,
      force: { repulsion: 220, edgeLength: 120 },
      categories: categories,
      label: { show: true, fontSize: font, color: '#1b1f24' },
      edgeSymbol: ['none', 'arrow'],
      edgeSymbolSize: 10,
      lineStyle: { width: 1.5, curveness: 0.15, opacity: 0.8 },
      symbolSize: elder ? 28 : 20,
      data: data.nodes.map(function (n) {
        return { id: n.id, name: n.name, category: index[n.category] };
      }),
      links: data.links.map(function (l) {
        return {
          source: l.source, target: l.target,
          tooltip: { formatter: l.id + '<br>' + l.amount + '<br>' + l.at }
        };
      })
    }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
}());
