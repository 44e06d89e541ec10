import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { appStore } from './store';
import { trackerFor } from './ui/canvas';
import { recorderFor } from './ui/panels';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Metrics and queue chips keep history from the first frame, whether on screen or not.
recorderFor(appStore);
trackerFor(appStore);

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
