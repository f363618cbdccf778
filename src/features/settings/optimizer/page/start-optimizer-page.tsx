// The entry of optimizer.html: the optimizer's own, cross-origin-isolated page.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyTheme, readThemeMirror } from '../../../../data/services/theme-mirror';
import { OptimizerPage } from './OptimizerPage';

applyTheme(readThemeMirror());
const container = document.getElementById('root');
if (!container) throw new Error('optimizer.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <OptimizerPage />
  </StrictMode>,
);
