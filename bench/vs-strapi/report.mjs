// Medians, ranges and the side-by-side table (Strapi ÷ ImTokens for every figure).

export const median = (values) => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
export const range = (values) => {
  const v = values.filter((x) => Number.isFinite(x));
  return v.length ? [Math.min(...v), Math.max(...v)] : [NaN, NaN];
};

// A capped run (null) took longer than the cap: it counts as +infinity in the median, so a figure
// capped in most runs has no finite median ("> cap"), and the range is that of the finished runs.
export function summarise(values) {
  const capped = values.filter((x) => x === null).length;
  const withCapped = values.map((x) => (x === null ? Infinity : x)).filter((x) => !Number.isNaN(x));
  const sorted = [...withCapped].sort((a, b) => a - b);
  const n = sorted.length;
  const mid = !n ? NaN : n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return { median: capped ? mid : median(values), range: range(values), runs: values.length, capped };
}

const fmt = (value, unit) => {
  if (!Number.isFinite(value)) return '–';
  if (unit === 'KiB') return `${(value / 1024).toFixed(0)} KiB`;
  if (unit === 'ms') return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`;
  if (unit === 'MB') return `${value.toFixed(0)} MB`;
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
};

export function cell(summary, unit, capMs) {
  if (!summary || !summary.runs) return 'not measured';
  if (summary.capped === summary.runs) return `> ${fmt(capMs, 'ms')} (capped, ${summary.runs} runs)`;
  if (summary.median === Infinity) {
    const [lo, hi] = summary.range;
    return `> ${fmt(capMs, 'ms')} (${summary.capped} of ${summary.runs} capped; the rest ${fmt(lo, unit)}–${fmt(hi, unit)})`;
  }
  const [lo, hi] = summary.range;
  const capped = summary.capped ? `, ${summary.capped} capped at ${fmt(capMs, 'ms')}` : '';
  return `${fmt(summary.median, unit)} (${fmt(lo, unit)}–${fmt(hi, unit)}${capped})`;
}

export function ratio(strapi, imtokens) {
  if (!strapi || !imtokens) return '–';
  if (strapi.median === Infinity || (strapi.capped === strapi.runs && strapi.runs)) {
    const floor = strapi.capped === strapi.runs ? NaN : strapi.range[0] / imtokens.median;
    return Number.isFinite(floor) ? `> ${floor.toFixed(0)}×` : '> cap';
  }
  const r = strapi.median / imtokens.median;
  if (!Number.isFinite(r)) return '–';
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(1)}×`;
}

// rows: [{ label, key, unit }]; results[count][page][key] = summary
export function table(rows, counts, results, capMs) {
  const header = ['figure', ...counts.map((c) => `${c.toLocaleString('en')} tokens: Strapi · ImTokens · Strapi ÷ ImTokens`)];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of rows) {
    const cells = counts.map((count) => {
      const s = results[count]?.Strapi?.[row.key];
      const i = results[count]?.ImTokens?.[row.key];
      return `${cell(s, row.unit, capMs)} · ${cell(i, row.unit, capMs)} · ${row.noRatio ? '' : ratio(s, i)}`;
    });
    lines.push(`| ${row.label} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
