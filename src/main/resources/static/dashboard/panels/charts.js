// ECharts instances, one per element, kept across renders and resized with the window.
import * as echarts from '../vendor/echarts/echarts.esm.min.js';

const instances = new Map();

export function chart(id) {
  const node = document.getElementById(id);
  let instance = instances.get(id);
  if (!instance || instance.isDisposed()) {
    instance = echarts.init(node, null, {renderer: 'canvas'});
    instances.set(id, instance);
  }
  return instance;
}

window.addEventListener('resize', () => instances.forEach(i => i.resize()));

export {echarts};
