/**
 * ECharts drawn on a canvas, with only the parts Minsheng uses (bar and line charts, grid,
 * legend, tooltip). Loaded on demand, so pages without charts do not carry ECharts.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

export default function EChartCanvas({ option, height }: { option: object; height: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const c = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = c;
    const observer = typeof ResizeObserver !== 'undefined' ? new ResizeObserver(() => c.resize()) : null;
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option as echarts.EChartsCoreOption, true);
  }, [option]);

  useEffect(() => {
    chart.current?.resize();
  }, [height]);

  // The height comes from the data (one band per department); CSSOM styles are allowed by the CSP.
  useEffect(() => {
    if (ref.current) ref.current.style.height = `${height}px`;
  }, [height]);

  return <div ref={ref} className="ms-chart-canvas" />;
}
