// The filter bar: a form mirroring the URL. Applying it pushes a new URL (the back button returns);
// a bad parameter in the URL is named in a message and the default used instead.
import {fill} from '../dom.js';
import {REGIONS} from './regions.js';

const form = () => document.getElementById('filter-form');

export function setUp(navigate) {
  const select = form().elements.region;
  for (const [code, name] of REGIONS) {
    const option = document.createElement('option');
    option.value = code;
    option.textContent = name + ' (' + code + ')';
    select.append(option);
  }
  form().addEventListener('submit', event => {
    event.preventDefault();
    const f = form().elements;
    navigate({from: f.from.value, to: f.to.value, tz: f.tz.value.trim(), bucket: f.bucket.value,
      attacker: f.attacker.value.trim(), target: f.target.value.trim(), weaponCategory: f.weaponCategory.value,
      region: f.region.value}, {keepSelection: false});
  });
  document.getElementById('filter-reset').addEventListener('click', () => {
    history.pushState(null, '', location.pathname);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
}

export function render(ctx) {
  const f = form().elements;
  const v = ctx.view;
  f.from.value = v.from;
  f.to.value = v.to;
  f.tz.value = v.tz;
  f.bucket.value = v.bucket;
  f.attacker.value = v.attacker || '';
  f.target.value = v.target || '';
  f.weaponCategory.value = v.weaponCategory || '';
  const region = f.region;
  if (v.region && ![...region.options].some(o => o.value === v.region)) {
    const option = document.createElement('option');
    option.value = v.region;
    option.textContent = v.region;
    region.append(option);
  }
  region.value = v.region || '';
  const message = document.getElementById('filter-message');
  if (ctx.problems.length) {
    fill(message, 'Ignored: ' + ctx.problems.join('; ') + '. The defaults apply instead.');
    message.className = 'message warning';
  } else {
    fill(message, 'Showing ' + v.from + ' to ' + v.to + ' (exclusive), days in ' + v.tz + '.');
    message.className = 'message';
  }
}

export function failed(error) {
  const message = document.getElementById('filter-message');
  fill(message, 'The service did not answer: ' + error.message);
  message.className = 'message warning';
}
