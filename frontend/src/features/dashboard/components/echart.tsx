import { useEffect, useRef } from 'react';
import type { EChartsOption } from 'echarts';

/** One ECharts chart; the library is loaded on first use so it stays out of the main bundle. */
export function EChart({ option, height = 280, testId }: { option: EChartsOption; height?: number; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { setOption(o: EChartsOption): void; dispose(): void; resize(): void } | null = null;
    const onResize = () => chart?.resize();
    import('./echarts-setup').then((echarts) => {
      if (disposed || !ref.current) return;
      chart = echarts.init(ref.current);
      chart.setOption(option);
      window.addEventListener('resize', onResize);
    });
    return () => {
      disposed = true;
      window.removeEventListener('resize', onResize);
      chart?.dispose();
    };
  }, [option]);
  return <div ref={ref} style={{ height, width: '100%' }} data-testid={testId} />;
}
