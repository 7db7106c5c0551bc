import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import { LEVEL_COLOURS } from '../levels.tsx';

// Only what a stacked bar chart needs: Chart.js is tree-shaken to these parts.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface ChartSeries {
  level: keyof typeof LEVEL_COLOURS;
  label: string;
  data: number[];
}

/**
 * Counts per level and week as stacked bars. The canvas is an image with a summary for screen
 * readers; the views show the same figures in a table next to it (the accessible fallback).
 */
export function LevelChart({ labels, series, summary }: { labels: string[]; series: ChartSeries[]; summary: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const element = canvas.current;
    if (!element) return undefined;
    const colour = getComputedStyle(element).color;
    const chart = new Chart(element, {
      type: 'bar',
      data: { labels, datasets: series.map((s) => ({ label: s.label, data: s.data, backgroundColor: LEVEL_COLOURS[s.level], borderColor: colour, borderWidth: 1 })) },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        color: colour,
        scales: {
          x: { stacked: true, ticks: { color: colour } },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0, color: colour } },
        },
        plugins: { legend: { labels: { color: colour } } },
      },
    });
    return () => chart.destroy();
  }, [labels, series]);
  return (
    <div className="chart">
      <canvas ref={canvas} role="img" aria-label={summary}>
        {summary}
      </canvas>
    </div>
  );
}
