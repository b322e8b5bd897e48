// Chiang Rai's 18 districts as an inline SVG, each coloured by its most urgent open incident.

import { svg, h } from './dom.js';
import { districts, districtName, mapViewBox } from './districts.js';
import { t } from './i18n.js';

export function createDistrictMap({ onSelect }) {
  const shapes = new Map();
  const labels = new Map();
  const map = svg('svg', { viewBox: mapViewBox().join(' '), class: 'district-map', role: 'img', 'aria-label': t('board.map') },
    districts().map((d) => {
      const shape = svg('polygon', {
        points: d.outline.map((p) => p.join(',')).join(' '),
        class: 'district-shape',
        tabindex: '0',
        dataset: { district: d.slug },
        onclick: () => onSelect(d.slug),
        onkeydown: (e) => (e.key === 'Enter' || e.key === ' ') && onSelect(d.slug),
      }, svg('title', {}, districtName(d.slug)));
      shapes.set(d.slug, shape);
      return shape;
    }),
    districts().map((d) => {
      const label = svg('text', { x: d.centre[0], y: d.centre[1], class: 'district-label', 'text-anchor': 'middle' }, districtName(d.slug));
      const count = svg('text', { x: d.centre[0], y: d.centre[1] + 16, class: 'district-count', 'text-anchor': 'middle' }, '');
      labels.set(d.slug, count);
      return [label, count];
    }),
  );
  const legend = h('p', { class: 'legend' },
    ['P1', 'P2', 'P3', 'P4'].map((p) => [h('span', { class: `swatch fill-${p}` }), `${p} `]),
    h('span', { class: 'swatch fill-none' }), t('board.legend.none'));

  function update(incidents, selected) {
    const worst = new Map();
    const counts = new Map();
    for (const i of incidents) {
      counts.set(i.district, (counts.get(i.district) ?? 0) + 1);
      if (!worst.has(i.district) || i.priority < worst.get(i.district)) worst.set(i.district, i.priority);
    }
    for (const [slug, shape] of shapes) {
      shape.setAttribute('class', `district-shape fill-${worst.get(slug) ?? 'none'}${slug === selected ? ' selected' : ''}`);
      shape.dataset.open = String(counts.get(slug) ?? 0);
      labels.get(slug).textContent = counts.get(slug) ? String(counts.get(slug)) : '';
    }
  }

  return { el: h('figure', { class: 'map-figure' }, map, h('figcaption', {}, t('board.map')), legend), update };
}
