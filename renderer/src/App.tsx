import { useEffect, useState } from 'react';
import type { DatasetResult } from '../../electron/common/contract';
import { api } from './api';

/** Placeholder shell until the chart pages land: proves the dataset reaches the renderer through the Api. */
export function App() {
  const [result, setResult] = useState<DatasetResult | { ok: false; message: string } | undefined>();

  useEffect(() => {
    api.getDataset().then(setResult, (error: unknown) => setResult({ ok: false, message: String(error) }));
  }, []);

  if (result === undefined) return <p className="status">載入中…</p>;
  if (!result.ok) return <p role="alert" className="error">{result.message}</p>;
  const { dataset } = result;
  return (
    <main>
      <h1>{dataset.source.title['zh-Hant']}</h1>
      <p>
        {dataset.source.author['zh-Hant']} · {dataset.figures.length} 項數據
      </p>
    </main>
  );
}
